package co.athena.enrollment.domain;

import java.util.List;
import java.util.UUID;

/**
 * One line of the novelty worklist a secretary keys into SIMAT's own screens: who (SIMAT's document code and
 * number, names), what (withdrawal, change, graduation, re-admission) and where in SIMAT, when, why, and each
 * field as SIMAT last heard it and as it is now (SIMAT's codes). Problems keep it out of a frozen report.
 */
public record SimatNovelty(UUID enrollmentId, UUID studentId, String documentType, String documentNumber,
                           String firstSurname, String secondSurname, String firstName, String secondName,
                           String novelty, String simatScreen, String date, String reason, List<Change> changes,
                           List<SimatProblem> problems) {

    /** A field SIMAT knows, before (null: SIMAT never heard it from Athena) and now. */
    public record Change(String field, String from, String to) {
    }
}
