package co.athena.academic.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The one rule of how a placement changes its enrollment's group membership. */
class RosterChangeTest {

    private static final UUID SIX_A = UUID.randomUUID();
    private static final UUID SIX_B = UUID.randomUUID();
    private static final LocalDate JOINED = LocalDate.parse("2027-02-01");
    private static final Instant NOW = Instant.parse("2027-03-01T15:00:00Z");

    @ParameterizedTest(name = "open in {0}, placed {1} in {2} on {3}: ends {4} ({5}) on {6}, joins {7}")
    @CsvSource(nullValues = "-", value = {
            // open,  status,      placed in, on,         ends,  reason,      ends on,    joins
            "601,     active,      601,       2027-03-01, -,     -,           -,          -",
            "601,     active,      602,       2027-03-01, 601,   moved,       2027-03-01, 602",
            "601,     active,      -,         2027-03-01, 601,   moved,       2027-03-01, -",
            "601,     withdrawn,   -,         2027-03-01, 601,   withdrawn,   2027-03-01, -",
            "601,     in_review,   -,         2027-03-01, 601,   in_review,   2027-03-01, -",
            "-,       active,      601,       2027-03-01, -,     -,           -,          601",
            "-,       active,      -,         2027-03-01, -,     -,           -,          -",
            "-,       graduated,   -,         2027-03-01, -,     -,           -,          -",
            // a late event dated before the membership began still ends it, on its first day
            "601,     withdrawn,   -,         2027-01-15, 601,   withdrawn,   2027-02-01, -",
    })
    void aPlacementEndsTheOpenMembershipOutsideItsGroupAndJoinsItsOwn(String open, String status, String placedIn,
                                                                      LocalDate on, String ends, String reason,
                                                                      LocalDate endsOn, String joins) {
        EnrollmentPlacement placement = new EnrollmentPlacement();
        placement.enrollmentId = UUID.randomUUID();
        placement.schoolId = UUID.randomUUID();
        placement.studentId = UUID.randomUUID();
        placement.status = status;
        placement.classGroupId = group(placedIn);

        RosterChange change = RosterChange.of(open == null ? null : membership(placement, group(open)), placement, on, NOW);

        if (ends == null) {
            assertNull(change.ended());
        } else {
            assertEquals(group(ends), change.ended().classGroupId);
            assertEquals(reason, change.ended().endReason);
            assertEquals(endsOn, change.ended().endsOn);
            assertEquals(NOW, change.ended().updatedAt);
        }
        if (joins == null) {
            assertNull(change.joined());
        } else {
            assertEquals(group(joins), change.joined().classGroupId);
            assertEquals(on, change.joined().startsOn);
            assertEquals(placement.studentId, change.joined().studentId);
            assertEquals(placement.enrollmentId, change.joined().enrollmentId);
            assertNull(change.joined().endsOn);
        }
    }

    private static UUID group(String code) {
        return code == null ? null : "601".equals(code) ? SIX_A : SIX_B;
    }

    private static ClassGroupEnrollment membership(EnrollmentPlacement placement, UUID group) {
        ClassGroupEnrollment open = new ClassGroupEnrollment();
        open.id = UUID.randomUUID();
        open.schoolId = placement.schoolId;
        open.enrollmentId = placement.enrollmentId;
        open.studentId = placement.studentId;
        open.classGroupId = group;
        open.startsOn = JOINED;
        return open;
    }
}
