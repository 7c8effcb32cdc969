package co.athena.academic.domain;

import co.athena.shared.problem.FieldError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A school year's evaluation system (SIEE, Decreto 1290 de 2009): the numeric scale (one decimal), the passing grade,
 * the school's ranges for the four national performance levels, period and dimension weights, preschool's
 * qualitative grades, how a missing score counts, what a passed recovery makes of a grade, the absence threshold,
 * the promotion rule, and whether report cards show each student's rank in their group. {@link #problems()}
 * holds the rules that tie the fields together, in one place.
 */
public record EvaluationRules(
        @NotNull @Valid Scale scale,
        @NotNull @GradeValue BigDecimal passingGrade,
        @NotNull @Size(min = 4, max = 4) List<@Valid @NotNull LevelRange> performanceLevels,
        @Size(max = 12) List<@Valid @NotNull PeriodWeight> periodWeights,
        @Size(max = 6) List<@Valid @NotNull DimensionWeight> dimensions,
        boolean preschoolQualitative,
        @NotNull @Pattern(regexp = "minimum|pending") String missingScore,
        @Pattern(regexp = "passing_grade|score") String recovery,
        @NotNull @Percent
        BigDecimal absenceThresholdPercent,
        @NotNull @Valid Promotion promotion,
        boolean rankInGroup) {

    /** A recovery that reaches the passing grade raises the grade to it (the most common SIEE rule). */
    public static final String PASSING_GRADE = "passing_grade";
    /** A recovery's score replaces the grade when higher. */
    public static final String SCORE = "score";
    private static final BigDecimal STEP = new BigDecimal("0.1");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The scale a school's grades use (the seed allows 0 to 5.0). */
    public record Scale(@NotNull @GradeValue BigDecimal min, @NotNull @GradeValue BigDecimal max) {

        /** Why a grade cannot stand on this scale, or null when it can. */
        public String outside(BigDecimal grade) {
            return grade.compareTo(min) < 0 || grade.compareTo(max) > 0
                    ? "outside the school's scale, " + min + " to " + max : null;
        }
    }

    /** The school's range of one national level, both ends included. */
    public record LevelRange(@NotNull PerformanceLevel level,
                             @NotNull @GradeValue BigDecimal min,
                             @NotNull @GradeValue BigDecimal max) {
    }

    public record PeriodWeight(@Min(1) @Max(12) int period,
                               @NotNull @Percent BigDecimal percent) {
    }

    /** An evaluation dimension, e.g. cognitivo, procedimental, actitudinal. */
    public record DimensionWeight(@NotBlank @Size(max = 50) String name,
                                  @NotNull @Percent BigDecimal percent) {
    }

    /** A student who fails this many areas (or more) repeats the grade; failing by absences too, if set. */
    public record Promotion(@Min(1) @Max(20) int failedAreasToRetain, boolean failByAbsence) {

        /**
         * The year's outcome by this rule: retained at the failed areas that retain, or by absences when they count;
         * fewer failed areas leave the student pending their recovery (the comisión decides after it); none promotes.
         */
        public PromotionOutcome decide(int failedAreas, boolean absencesReachedThreshold) {
            if (failedAreas >= failedAreasToRetain || (failByAbsence && absencesReachedThreshold)) {
                return PromotionOutcome.not_promoted;
            }
            return failedAreas > 0 ? PromotionOutcome.pending_recovery : PromotionOutcome.promoted;
        }
    }

    /**
     * What most schools start from: 1.0–5.0, passing 3.0, Bajo 1.0–2.9, Básico 3.0–3.9, Alto 4.0–4.5, Superior
     * 4.6–5.0 (the ranges the issue and DESIGN §8 name), equal periods, no dimensions, qualitative preschool, a
     * missing score pending, a passed recovery worth the passing grade, 25 % absences, three failed areas retain, no
     * rank on report cards.
     */
    public static EvaluationRules defaults() {
        return new EvaluationRules(new Scale(new BigDecimal("1.0"), new BigDecimal("5.0")), new BigDecimal("3.0"),
                List.of(range(PerformanceLevel.bajo, "1.0", "2.9"), range(PerformanceLevel.basico, "3.0", "3.9"),
                        range(PerformanceLevel.alto, "4.0", "4.5"), range(PerformanceLevel.superior, "4.6", "5.0")),
                List.of(), List.of(), true, "pending", PASSING_GRADE, new BigDecimal("25.00"), new Promotion(3, true),
                false);
    }

    private static LevelRange range(PerformanceLevel level, String min, String max) {
        return new LevelRange(level, new BigDecimal(min), new BigDecimal(max));
    }

    /**
     * The rules across fields: the levels, lowest first, cover the scale in steps of one decimal without gap or
     * overlap; the passing grade is where Básico starts (Decreto 1290, art. 5: Bajo is not passing); period and
     * dimension weights, when given, add up to 100 %, one per period or name.
     */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (scale.min().compareTo(scale.max()) >= 0) {
            problems.add(new FieldError("scale", "min must be below max"));
            return problems;
        }
        List<LevelRange> levels = performanceLevels;
        PerformanceLevel[] national = PerformanceLevel.values();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level() != national[i]) {
                problems.add(new FieldError("performance_levels[" + i + "].level", "must be " + national[i]
                        + ": the four national levels, lowest first"));
                return problems;
            }
            if (levels.get(i).min().compareTo(levels.get(i).max()) > 0) {
                problems.add(new FieldError("performance_levels[" + i + "]", levels.get(i).level()
                        + " starts above where it ends"));
            }
        }
        if (levels.get(0).min().compareTo(scale.min()) != 0) {
            problems.add(new FieldError("performance_levels[0].min", "bajo must start where the scale does, "
                    + scale.min()));
        }
        if (levels.get(levels.size() - 1).max().compareTo(scale.max()) != 0) {
            problems.add(new FieldError("performance_levels[3].max", "superior must end where the scale does, "
                    + scale.max()));
        }
        for (int i = 1; i < levels.size(); i++) {
            LevelRange below = levels.get(i - 1);
            LevelRange above = levels.get(i);
            int step = above.min().compareTo(below.max().add(STEP));
            if (step > 0) {
                problems.add(new FieldError("performance_levels[" + i + "].min", "a gap: " + below.max().add(STEP)
                        + (above.min().subtract(STEP).compareTo(below.max().add(STEP)) > 0
                        ? " to " + above.min().subtract(STEP) : "") + " is in no level (between " + below.level()
                        + " and " + above.level() + ")"));
            } else if (step < 0) {
                problems.add(new FieldError("performance_levels[" + i + "].min", "an overlap: " + above.min()
                        + " to " + below.max() + " is in both " + below.level() + " and " + above.level()));
            }
        }
        if (passingGrade.compareTo(levels.get(1).min()) != 0) {
            problems.add(new FieldError("passing_grade", "must be where basico starts (" + levels.get(1).min()
                    + "): Decreto 1290, art. 5, makes bajo the only failing level"));
        }
        weights(problems, "period_weights", periodWeights == null ? List.of()
                : periodWeights.stream().map(w -> new Weighted(Integer.toString(w.period()), w.percent())).toList());
        weights(problems, "dimensions", dimensions == null ? List.of()
                : dimensions.stream().map(w -> new Weighted(w.name().trim().toLowerCase(), w.percent())).toList());
        return problems;
    }

    /** What a passed recovery makes of a grade (a stored system from before this rule: the passing grade). */
    public String recoveryRule() {
        return recovery == null ? PASSING_GRADE : recovery;
    }

    /** The school's level of a grade on its scale, or null off the scale. */
    public PerformanceLevel levelOf(BigDecimal grade) {
        return performanceLevels.stream().filter(r -> grade.compareTo(r.min()) >= 0 && grade.compareTo(r.max()) <= 0)
                .map(LevelRange::level).findFirst().orElse(null);
    }

    private record Weighted(String key, BigDecimal percent) {
    }

    private static void weights(List<FieldError> problems, String field, List<Weighted> weights) {
        if (weights.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        weights.forEach(w -> {
            if (!seen.add(w.key())) {
                problems.add(new FieldError(field, w.key() + " appears twice"));
            }
        });
        BigDecimal total = weights.stream().map(Weighted::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            problems.add(new FieldError(field, "the weights add up to " + total.stripTrailingZeros().toPlainString()
                    + " %, not 100 %"));
        }
    }
}
