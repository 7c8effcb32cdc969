package co.athena.enrollment.service;

import java.util.List;
import java.util.UUID;

/**
 * What a rollover did (or, in a dry run, would do) for each student active in the year it rolls from: enrolled in the
 * next year (its grade and group), graduated, or skipped with why.
 */
public record RolloverReport(UUID fromSchoolYearId, UUID toSchoolYearId, boolean dryRun, int enrolled, int graduated,
                             int skipped, List<Line> students) {

    public static final String ENROLL = "enroll";
    public static final String GRADUATE = "graduate";
    public static final String SKIP = "skip";

    /** One student: the promotion decided, what the rollover does, and the new enrollment when it made one. */
    public record Line(UUID studentId, UUID fromEnrollmentId, String promotion, String action, Integer gradeLevel,
                       String groupCode, UUID enrollmentId, String reason) {
    }

    static RolloverReport of(UUID from, UUID to, boolean dryRun, List<Line> lines) {
        return new RolloverReport(from, to, dryRun, count(lines, ENROLL), count(lines, GRADUATE), count(lines, SKIP),
                lines);
    }

    private static int count(List<Line> lines, String action) {
        return (int) lines.stream().filter(l -> l.action().equals(action)).count();
    }
}
