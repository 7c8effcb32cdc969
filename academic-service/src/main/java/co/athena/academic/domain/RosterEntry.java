package co.athena.academic.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A student's membership of a class group, as a roster shows it. */
public record RosterEntry(UUID enrollmentId, UUID studentId, UUID classGroupId, LocalDate startsOn, LocalDate endsOn,
                          String endReason) {
}
