package co.athena.tenancy.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NitTest {

    @ParameterizedTest
    @ValueSource(strings = {"800197268-4", "800.197.268-4", "8001972684", " 800 197 268 - 4 "})
    void acceptsTheWaysPeopleWriteAValidNit(String written) {
        assertEquals(Optional.of("800197268-4"), Nit.normalize(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"800197268-5", "800197268", "abc", "", "12-3", "800197268-45", "8001972684-4"})
    void refusesWrongCheckDigitsAndMalformedNits(String written) {
        assertEquals(Optional.empty(), Nit.normalize(written));
    }

    @Test
    void computesTheDianCheckDigit() {
        assertEquals(4, Nit.checkDigit("800197268"));
        assertEquals(1, Nit.checkDigit("899999068")); // Ecopetrol: 899.999.068-1
        assertEquals(4, Nit.checkDigit("860002964"));
    }
}
