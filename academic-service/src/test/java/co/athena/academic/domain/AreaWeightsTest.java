package co.athena.academic.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AreaWeightsTest {

    private final UUID math = UUID.randomUUID();
    private final UUID language = UUID.randomUUID();
    private final UUID arts = UUID.randomUUID();

    private Map<UUID, Integer> hours() {
        Map<UUID, Integer> hours = new LinkedHashMap<>();
        hours.put(math, 5);
        hours.put(language, 4);
        hours.put(arts, 1);
        return hours;
    }

    @Test
    void withoutSetWeightsAnAreaWeighsByItsShareOfTheHours() {
        assertEquals(Map.of(math, new BigDecimal("50.0"), language, new BigDecimal("40.0"), arts, new BigDecimal("10.0")),
                AreaWeights.of(hours(), Map.of()));
    }

    @Test
    void aSetWeightStandsAndTheOtherAreasShareWhatItLeavesByTheirHours() {
        // arts set to 28: 72 left for 9 hours of math and language
        assertEquals(Map.of(math, new BigDecimal("40.0"), language, new BigDecimal("32.0"), arts, new BigDecimal("28.0")),
                AreaWeights.of(hours(), Map.of(arts, 28)));
    }

    @Test
    void weightsAreRoundedToOneDecimal() {
        Map<UUID, Integer> hours = new LinkedHashMap<>();
        hours.put(math, 1);
        hours.put(language, 2);
        assertEquals(Map.of(math, new BigDecimal("33.3"), language, new BigDecimal("66.7")),
                AreaWeights.of(hours, Map.of()));
    }
}
