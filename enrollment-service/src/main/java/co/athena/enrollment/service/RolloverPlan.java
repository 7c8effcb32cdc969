package co.athena.enrollment.service;

import co.athena.enrollment.client.PromotionView;
import co.athena.enrollment.domain.Enrollment;
import co.athena.shared.problem.FieldError;
import co.athena.shared.simat.GradeLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a rollover does with each enrollment active in the year it rolls from, by the student's confirmed promotion:
 * promoted, the next SIMAT grade ({@link GradeLevel#after}), or graduated from the last; not promoted, the same
 * grade; placed in the group the request maps theirs to. Already enrolled in the next year, or inactive: skipped.
 */
final class RolloverPlan {

    /** One enrollment's step; {@code grade} and {@code group} are the next year's. */
    record Step(Enrollment from, String promotion, String action, Integer grade, String group, String reason) {
    }

    private RolloverPlan() {
    }

    /** The students with no final decision: a rollover waits for the comisión (all of them, or none). */
    static List<UUID> undecided(List<Enrollment> active, Map<UUID, PromotionView> decisions) {
        return active.stream().map(e -> e.studentId)
                .filter(student -> decisions.get(student) == null || !decisions.get(student).isFinal()).toList();
    }

    static List<Step> of(List<Enrollment> active, Map<UUID, PromotionView> decisions, Set<UUID> alreadyEnrolled,
                         Set<UUID> inactive, RolloverRequest request) {
        List<Step> steps = new ArrayList<>();
        for (Enrollment e : active) {
            String promotion = decisions.get(e.studentId).outcome();
            if (alreadyEnrolled.contains(e.studentId)) {
                steps.add(skip(e, promotion, "already enrolled in the next school year"));
            } else if (inactive.contains(e.studentId)) {
                steps.add(skip(e, promotion, "the student is inactive in student-service"));
            } else if (PromotionView.NOT_PROMOTED.equals(promotion)) {
                steps.add(new Step(e, promotion, RolloverReport.ENROLL, e.gradeLevel,
                        request.retainedGroups().get(e.groupCode), "not promoted: the same grade again"));
            } else {
                GradeLevel.Progression after = GradeLevel.after(e.gradeLevel);
                if (after.graduates()) {
                    steps.add(new Step(e, promotion, RolloverReport.GRADUATE, null, null,
                            "promoted from the last grade: graduated"));
                } else if (after.byHand()) {
                    steps.add(skip(e, promotion, "grade " + e.gradeLevel + " has no next SIMAT grade: the school "
                            + "enrolls the student by hand in the grade it judges"));
                } else {
                    steps.add(new Step(e, promotion, RolloverReport.ENROLL, after.next(),
                            request.promotedGroups().get(e.groupCode), "promoted to grade " + after.next()));
                }
            }
        }
        return steps;
    }

    /**
     * The request's group mappings against the two years' groups (code → grade): each maps a group of the year rolled
     * from to a group of the next one, in the grade its students go to.
     */
    static List<FieldError> mappingProblems(RolloverRequest request, Map<String, Integer> fromGroups,
                                            Map<String, Integer> toGroups) {
        List<FieldError> problems = new ArrayList<>();
        request.promotedGroups().forEach((from, to) -> check("promoted_groups." + from, from, to, fromGroups, toGroups,
                true, problems));
        request.retainedGroups().forEach((from, to) -> check("retained_groups." + from, from, to, fromGroups, toGroups,
                false, problems));
        return problems;
    }

    private static void check(String field, String from, String to, Map<String, Integer> fromGroups,
                              Map<String, Integer> toGroups, boolean promoted, List<FieldError> problems) {
        if (!fromGroups.containsKey(from)) {
            problems.add(new FieldError(field, from + " is not a class group of the year rolled from"));
        } else if (!toGroups.containsKey(to)) {
            problems.add(new FieldError(field, to + " is not a class group of the next school year"));
        } else {
            Integer expected = promoted ? GradeLevel.after(fromGroups.get(from)).next() : fromGroups.get(from);
            if (!toGroups.get(to).equals(expected)) {
                problems.add(new FieldError(field, to + " is grade " + toGroups.get(to) + "; "
                        + (promoted ? "promoted" : "retained") + " students of " + from + " go to grade "
                        + (expected == null ? "none (they graduate or are enrolled by hand)" : expected)));
            }
        }
    }

    private static Step skip(Enrollment e, String promotion, String reason) {
        return new Step(e, promotion, RolloverReport.SKIP, null, null, reason);
    }
}
