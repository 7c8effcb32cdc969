package co.athena.academic.domain;

import co.athena.academic.domain.EvaluationRules.DimensionWeight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GradeRulesTest {

    private static final EvaluationRules DEFAULTS = EvaluationRules.defaults();

    /** "weight:score" per activity, "-" for a missing score. */
    @ParameterizedTest(name = "{0} ({1}) → {2} {3}, pending {4}")
    @CsvSource(delimiter = '|', value = {
            "20:4.0 20:3.0 60:5.0          | pending | 4.4 | alto     | false",
            "50:2.8 50:3.1                 | pending | 3.0 | basico   | false",
            "50:2.84 50:2.85               | pending | 2.8 | bajo     | false",
            "30:4.6 70:-                   | pending | 4.6 | superior | true",
            "30:4.6 70:-                   | minimum | 2.1 | bajo     | false",
            "25:5.0 25:4.0 25:3.0 25:2.0   | pending | 3.5 | basico   | false"})
    void aPeriodGradeWeighsItsActivitiesAndCountsAMissingScoreAsTheSchoolSays(String activities, String missing,
                                                                              BigDecimal grade,
                                                                              PerformanceLevel level,
                                                                              boolean pending) {
        EvaluationRules rules = missing.equals("minimum") ? withMissing("minimum") : DEFAULTS;
        List<EvaluationActivity> of = new ArrayList<>();
        Map<UUID, BigDecimal> scores = new HashMap<>();
        for (String part : activities.trim().split("\\s+")) {
            String[] ws = part.split(":");
            EvaluationActivity activity = activity(ws[0], null);
            of.add(activity);
            if (!ws[1].equals("-")) {
                scores.put(activity.id, new BigDecimal(ws[1]));
            }
        }
        assertEquals(Optional.of(new Grade(grade, level, pending)), GradeRules.period(rules, of, scores));
    }

    @Test
    void withDimensionsEachIsAveragedThenWeighed() {
        EvaluationRules rules = new EvaluationRules(DEFAULTS.scale(), DEFAULTS.passingGrade(),
                DEFAULTS.performanceLevels(), List.of(), List.of(new DimensionWeight("Cognitivo", new BigDecimal("40")),
                new DimensionWeight("procedimental", new BigDecimal("35")),
                new DimensionWeight("actitudinal", new BigDecimal("25"))), true, "pending",
                EvaluationRules.PASSING_GRADE, DEFAULTS.absenceThresholdPercent(), DEFAULTS.promotion(), false);
        EvaluationActivity exam = activity("50", "cognitivo");
        EvaluationActivity quiz = activity("50", "cognitivo");
        EvaluationActivity workshop = activity("10", "procedimental");
        EvaluationActivity attitude = activity("10", "actitudinal");
        Map<UUID, BigDecimal> scores = Map.of(exam.id, new BigDecimal("3.0"), quiz.id, new BigDecimal("4.0"),
                workshop.id, new BigDecimal("5.0"), attitude.id, new BigDecimal("4.0"));
        // cognitivo 3.5 × 40 + procedimental 5.0 × 35 + actitudinal 4.0 × 25 = 4.15 → 4.2 (rounded once, at the end)
        assertEquals(Optional.of(new Grade(new BigDecimal("4.2"), PerformanceLevel.alto, false)),
                GradeRules.period(rules, List.of(exam, quiz, workshop, attitude), scores));
    }

    @Test
    void aPeriodWithoutActivitiesHasNoGrade() {
        assertEquals(Optional.empty(), GradeRules.period(DEFAULTS, List.of(), Map.of()));
    }

    @Test
    void theYearWeighsThePeriodsEquallyUnlessTheSchoolSetsWeights() {
        Map<Integer, BigDecimal> equal = GradeRules.periodWeights(DEFAULTS, List.of(1, 2, 3, 4));
        assertEquals(Optional.of(new Grade(new BigDecimal("3.5"), PerformanceLevel.basico, false)),
                GradeRules.combine(DEFAULTS, List.of(new GradeRules.Weighted(new BigDecimal("3.0"), equal.get(1), false),
                        new GradeRules.Weighted(new BigDecimal("4.0"), equal.get(2), false))));
    }

    @ParameterizedTest(name = "{0} recovered with {1} by {2} → {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "2.0 | 3.5 | passing_grade | 3.0 | basico",
            "2.0 | 2.8 | passing_grade | 2.0 | bajo",
            "3.2 | 4.0 | passing_grade | 3.2 | basico",
            "2.0 | 3.5 | score         | 3.5 | basico",
            "2.0 | 1.5 | score         | 2.0 | bajo",
            "4.1 | 3.8 | score         | 4.1 | alto"})
    void aRecoveryNeverLowersAGradeAndLiftsItAsTheSchoolSays(BigDecimal computed, BigDecimal recovery, String rule,
                                                             BigDecimal grade, PerformanceLevel level) {
        EvaluationRules rules = new EvaluationRules(DEFAULTS.scale(), DEFAULTS.passingGrade(),
                DEFAULTS.performanceLevels(), List.of(), List.of(), true, "pending", rule,
                DEFAULTS.absenceThresholdPercent(), DEFAULTS.promotion(), false);
        assertEquals(new Grade(grade, level, false), GradeRules.recovered(rules,
                new Grade(computed, DEFAULTS.levelOf(computed), false), recovery));
    }

    private static EvaluationRules withMissing(String missing) {
        return new EvaluationRules(DEFAULTS.scale(), DEFAULTS.passingGrade(), DEFAULTS.performanceLevels(), List.of(),
                List.of(), true, missing, EvaluationRules.PASSING_GRADE, DEFAULTS.absenceThresholdPercent(),
                DEFAULTS.promotion(), false);
    }

    private static EvaluationActivity activity(String weight, String dimension) {
        EvaluationActivity activity = new EvaluationActivity();
        activity.id = UUID.randomUUID();
        activity.weight = new BigDecimal(weight);
        activity.dimension = dimension;
        return activity;
    }
}
