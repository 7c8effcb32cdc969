package co.athena.academic.rest;

import co.athena.academic.domain.RosterEntry;

import java.time.LocalDate;
import java.util.UUID;

/** A student on a roster: from when, and until when and why when they left. */
public record RosterEntryResponse(UUID enrollmentId, UUID studentId, UUID classGroupId, LocalDate startsOn,
                                  LocalDate endsOn, String endReason) {

    public static RosterEntryResponse of(RosterEntry e) {
        return new RosterEntryResponse(e.enrollmentId(), e.studentId(), e.classGroupId(), e.startsOn(), e.endsOn(), e.endReason());
    }
}
