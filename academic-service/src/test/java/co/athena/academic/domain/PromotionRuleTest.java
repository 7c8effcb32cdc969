package co.athena.academic.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The school's promotion rule as a table: failed areas that retain, and absences when they count. */
class PromotionRuleTest {

    @ParameterizedTest(name = "retain at {0}, absences count: {1}; failed {2}, absences reached: {3} → {4}")
    @CsvSource({
            "3, true,  0, false, promoted",
            "3, true,  1, false, pending_recovery",
            "3, true,  2, false, pending_recovery",
            "3, true,  3, false, not_promoted",
            "3, true,  5, false, not_promoted",
            "3, true,  0, true,  not_promoted",
            "3, false, 0, true,  promoted",
            "3, false, 1, true,  pending_recovery",
            "1, true,  1, false, not_promoted",
            "2, false, 1, false, pending_recovery"})
    void theRuleDecides(int retainAt, boolean absencesCount, int failed, boolean absencesReached,
                        PromotionOutcome expected) {
        assertEquals(expected, new EvaluationRules.Promotion(retainAt, absencesCount).decide(failed, absencesReached));
    }
}
