package co.athena.shared.rest;

import co.athena.shared.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ETagsTest {

    @ParameterizedTest(name = "If-Match [{0}] on version 7 → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "none          | writes",
            "'  '          | writes",
            "*             | writes",
            "\"7\"         | writes",
            "W/\"7\"       | writes",
            "\"6\", \"7\"  | writes",
            "\"6\"         | 412",
            "7             | 412",
            "\"seven\"     | 412",
            "\"99999999999999999999\" | 412",
    })
    void aWriteGoesAheadOnlyWhenIfMatchNamesTheCurrentVersionOrNone(String ifMatch, String outcome) {
        if (outcome.equals("writes")) {
            assertDoesNotThrow(() -> ETags.expected(ifMatch).check(7, "thing"));
        } else {
            ProblemException refused = assertThrows(ProblemException.class, () -> ETags.expected(ifMatch).check(7, "thing"));
            assertEquals(412, refused.problem().getStatus());
        }
    }
}
