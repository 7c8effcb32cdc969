package co.athena.academic.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How grades are computed from scores, by the year's evaluation system, in one place: a period grade weighs its
 * activities (within each dimension, then the dimensions, when the year has them); a year grade weighs the periods;
 * an area grade weighs its courses by weekly hours. A missing score counts as the scale's minimum or leaves the
 * grade pending on the rest, as the school set. Rounded once, at the end, to the scale's one decimal.
 */
public final class GradeRules {

    private GradeRules() {
    }

    /** A value and its weight in a weighted average. */
    public record Weighted(BigDecimal value, BigDecimal weight, boolean pending) {
    }

    /** A student's grade in a course's period from its activities and the student's scores (by activity id). */
    public static Optional<Grade> period(EvaluationRules rules, List<EvaluationActivity> activities,
                                         Map<UUID, BigDecimal> scores) {
        if (activities.isEmpty()) {
            return Optional.empty();
        }
        boolean minimum = "minimum".equals(rules.missingScore());
        List<EvaluationRules.DimensionWeight> dimensions = rules.dimensions() == null ? List.of() : rules.dimensions();
        if (dimensions.isEmpty()) {
            return average(rules, weightedScores(activities, scores, minimum, rules));
        }
        List<Weighted> parts = new ArrayList<>();
        for (EvaluationRules.DimensionWeight dimension : dimensions) {
            String name = dimension.name().trim().toLowerCase();
            List<EvaluationActivity> of = activities.stream().filter(a -> name.equals(a.dimension)).toList();
            Optional<BigDecimal> value = exact(weightedScores(of, scores, minimum, rules));
            boolean pending = of.isEmpty() || of.stream().anyMatch(a -> !scores.containsKey(a.id)) && !minimum;
            parts.add(new Weighted(value.orElse(null), dimension.percent(), pending));
        }
        return average(rules, parts);
    }

    /** A weighted average of grades (periods by their weights, courses by weekly hours), pending if any part is. */
    public static Optional<Grade> combine(EvaluationRules rules, List<Weighted> parts) {
        return average(rules, parts);
    }

    /**
     * A grade after a recovery, never lower than before: by the school's rule, a recovery that reaches the passing
     * grade lifts the grade to it, or the recovery's score replaces a lower grade.
     */
    public static Grade recovered(EvaluationRules rules, Grade computed, BigDecimal recovery) {
        BigDecimal value = EvaluationRules.SCORE.equals(rules.recoveryRule()) ? recovery
                : recovery.compareTo(rules.passingGrade()) >= 0 ? rules.passingGrade() : computed.value();
        return value.compareTo(computed.value()) <= 0 ? computed
                : new Grade(value, rules.levelOf(value), computed.pending());
    }

    /** The year's period weights: the school's, or equal over the year's periods. */
    public static Map<Integer, BigDecimal> periodWeights(EvaluationRules rules, List<Integer> periods) {
        Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
        if (rules.periodWeights() != null && !rules.periodWeights().isEmpty()) {
            rules.periodWeights().forEach(w -> weights.put(w.period(), w.percent()));
        } else {
            periods.forEach(p -> weights.put(p, BigDecimal.ONE));
        }
        return weights;
    }

    private static List<Weighted> weightedScores(List<EvaluationActivity> activities, Map<UUID, BigDecimal> scores,
                                                 boolean minimum, EvaluationRules rules) {
        List<Weighted> parts = new ArrayList<>();
        for (EvaluationActivity activity : activities) {
            BigDecimal score = scores.get(activity.id);
            if (score == null && minimum) {
                score = rules.scale().min();
            }
            parts.add(new Weighted(score, activity.weight, score == null));
        }
        return parts;
    }

    private static Optional<Grade> average(EvaluationRules rules, List<Weighted> parts) {
        return exact(parts).map(value -> {
            BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP);
            return new Grade(rounded, rules.levelOf(rounded), parts.stream().anyMatch(Weighted::pending));
        });
    }

    /** The weighted average of the parts that have a value, unrounded; empty when none has. */
    private static Optional<BigDecimal> exact(List<Weighted> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighted part : parts) {
            if (part.value() != null) {
                sum = sum.add(part.value().multiply(part.weight()));
                weights = weights.add(part.weight());
            }
        }
        return weights.signum() == 0 ? Optional.empty() : Optional.of(sum.divide(weights, 10, RoundingMode.HALF_UP));
    }
}
