package co.athena.academic.domain;

import co.athena.academic.domain.EvaluationRules.DimensionWeight;
import co.athena.academic.domain.EvaluationRules.LevelRange;
import co.athena.academic.domain.EvaluationRules.PeriodWeight;
import co.athena.academic.domain.EvaluationRules.Scale;
import co.athena.shared.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationRulesTest {

    private static final EvaluationRules DEFAULTS = EvaluationRules.defaults();

    @Test
    void theDefaultsHoldTogether() {
        assertEquals(List.of(), DEFAULTS.problems());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1.0 | bajo", "2.9 | bajo", "3.0 | basico", "3.9 | basico", "4.0 | alto", "4.5 | alto", "4.6 | superior",
            "5.0 | superior", "0.9 | "})
    void aGradeHasTheLevelWhoseRangeHoldsIt(BigDecimal grade, PerformanceLevel level) {
        assertEquals(level, DEFAULTS.levelOf(grade));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // levels (bajo, basico, alto, superior as min-max), scale, passing → the field and words of the problem
            "a gap between basico and alto      | 1.0-2.9 3.0-3.8 4.0-4.5 4.6-5.0 | 1.0-5.0 | 3.0 | performance_levels[2].min | 3.9 is in no level",
            "a wider gap                        | 1.0-2.9 3.0-3.9 4.0-4.3 4.7-5.0 | 1.0-5.0 | 3.0 | performance_levels[3].min | 4.4 to 4.6 is in no level",
            "an overlap                         | 1.0-3.0 3.0-3.9 4.0-4.5 4.6-5.0 | 1.0-5.0 | 3.0 | performance_levels[1].min | 3.0 to 3.0 is in both bajo and basico",
            "bajo starting above the scale      | 1.5-2.9 3.0-3.9 4.0-4.5 4.6-5.0 | 1.0-5.0 | 3.0 | performance_levels[0].min | bajo must start where the scale does",
            "superior ending below the scale    | 1.0-2.9 3.0-3.9 4.0-4.5 4.6-4.9 | 1.0-5.0 | 3.0 | performance_levels[3].max | superior must end where the scale does",
            "a level upside down                | 1.0-2.9 3.9-3.0 4.0-4.5 4.6-5.0 | 1.0-5.0 | 3.0 | performance_levels[1]     | basico starts above where it ends",
            "passing inside bajo                | 1.0-2.9 3.0-3.9 4.0-4.5 4.6-5.0 | 1.0-5.0 | 2.5 | passing_grade             | Decreto 1290",
            "a scale upside down                | 1.0-2.9 3.0-3.9 4.0-4.5 4.6-5.0 | 5.0-1.0 | 3.0 | scale                     | min must be below max"})
    void levelsThatDoNotCoverTheScaleExactlyAreRefusedNamingTheGap(String what, String levels, String scale,
                                                                  BigDecimal passing, String field, String words) {
        List<LevelRange> ranges = new ArrayList<>();
        String[] parts = levels.trim().split(" ");
        for (int i = 0; i < parts.length; i++) {
            String[] ends = parts[i].split("-");
            ranges.add(new LevelRange(PerformanceLevel.values()[i], new BigDecimal(ends[0]), new BigDecimal(ends[1])));
        }
        String[] ends = scale.trim().split("-");
        EvaluationRules rules = new EvaluationRules(new Scale(new BigDecimal(ends[0]), new BigDecimal(ends[1])),
                passing, ranges, List.of(), List.of(), true, "pending", EvaluationRules.PASSING_GRADE, DEFAULTS.absenceThresholdPercent(),
                DEFAULTS.promotion(), false);
        List<FieldError> problems = rules.problems();
        assertTrue(problems.stream().anyMatch(p -> p.field().equals(field) && p.message().contains(words)),
                what + ": " + problems);
    }

    @Test
    void theLevelsComeInTheNationalOrder() {
        List<LevelRange> swapped = new ArrayList<>(DEFAULTS.performanceLevels());
        swapped.set(2, DEFAULTS.performanceLevels().get(3));
        swapped.set(3, DEFAULTS.performanceLevels().get(2));
        assertEquals(List.of(new FieldError("performance_levels[2].level",
                "must be alto: the four national levels, lowest first")), withLevels(swapped).problems());
    }

    @ParameterizedTest(name = "periods {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "25 25 25 25 | ",
            "20 20 30 30 | ",
            "30 30 30    | the weights add up to 90 %, not 100 %",
            "50 50 10    | the weights add up to 110 %, not 100 %"})
    void periodWeightsAddUpToAHundred(String percents, String problem) {
        List<PeriodWeight> weights = new ArrayList<>();
        String[] parts = percents.trim().split(" ");
        for (int i = 0; i < parts.length; i++) {
            weights.add(new PeriodWeight(i + 1, new BigDecimal(parts[i])));
        }
        EvaluationRules rules = new EvaluationRules(DEFAULTS.scale(), DEFAULTS.passingGrade(),
                DEFAULTS.performanceLevels(), weights, List.of(), true, "pending", EvaluationRules.PASSING_GRADE, DEFAULTS.absenceThresholdPercent(),
                DEFAULTS.promotion(), false);
        assertEquals(problem == null ? List.of() : List.of(new FieldError("period_weights", problem)), rules.problems());
    }

    @Test
    void dimensionsAddUpToAHundredEachNamedOnce() {
        EvaluationRules rules = new EvaluationRules(DEFAULTS.scale(), DEFAULTS.passingGrade(),
                DEFAULTS.performanceLevels(), List.of(), List.of(dimension("Cognitivo", "40"),
                dimension("procedimental", "35"), dimension("cognitivo", "25")), true, "pending",
                EvaluationRules.PASSING_GRADE, DEFAULTS.absenceThresholdPercent(), DEFAULTS.promotion(), false);
        assertEquals(List.of(new FieldError("dimensions", "cognitivo appears twice")), rules.problems());
    }

    private static DimensionWeight dimension(String name, String percent) {
        return new DimensionWeight(name, new BigDecimal(percent));
    }

    private static EvaluationRules withLevels(List<LevelRange> levels) {
        return new EvaluationRules(DEFAULTS.scale(), DEFAULTS.passingGrade(), levels, List.of(), List.of(), true,
                "pending", EvaluationRules.PASSING_GRADE, DEFAULTS.absenceThresholdPercent(), DEFAULTS.promotion(), false);
    }
}
