package co.athena.persistence.tracing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonalDataRedactionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "q=Mar%C3%ADa+G%C3%B3mez&page_size=20 | q&page_size",
            "document_number=1020304050           | document_number",
            "flag                                 | flag",
            "a=1&&b=                              | a&&b",
    })
    void aQueryKeepsItsParameterNamesOnly(String query, String kept) {
        assertEquals(kept, PersonalDataRedaction.parameterNames(query));
    }
}
