package co.athena.enrollment.domain;

import java.util.List;
import java.util.UUID;

/** A dry run: how many lines are ready, and per student what is missing or wrong; nothing is stored or marked. */
public record SimatCheck(UUID schoolYearId, SimatExportKind kind, int ready, List<Refused> refused) {

    /** A student whose line cannot go, with every problem found (not only the first). */
    public record Refused(UUID enrollmentId, UUID studentId, String documentType, String documentNumber, String name,
                          List<SimatProblem> problems) {
    }
}
