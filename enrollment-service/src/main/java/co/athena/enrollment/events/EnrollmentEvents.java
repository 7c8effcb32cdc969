package co.athena.enrollment.events;

import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.persistence.outbox.Outbox;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.events.EventEnvelope;
import co.athena.shared.ids.UuidV7;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Announces every creation, transition and placement change through the outbox, in the same transaction. */
@ApplicationScoped
public class EnrollmentEvents {

    private final Outbox outbox;

    public EnrollmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Call after the change was flushed, so the event carries the enrollment's new version. {@code from}
     * is null for a creation, and equal to the current status for a change of grade, group or shift. The
     * event says why as a code; the reason staff typed stays in the enrollment's status history.
     */
    public Uni<Void> changed(Enrollment enrollment, EnrollmentStatus from, String actor, String reasonCode, Instant at) {
        return outbox.append(envelope(enrollment, from, actor, reasonCode, at));
    }

    /**
     * The change written by {@code write} (SQL on the pool, the enrollment as it is after it) and its event, in one
     * statement: false when the write matched no row, and then no event was written either.
     */
    public Uni<Boolean> changedWith(SqlConnection connection, String write, Tuple parameters, Enrollment enrollment,
                                    EnrollmentStatus from, String actor, String reasonCode, Instant at) {
        return outbox.appendAfter(connection, write, parameters, envelope(enrollment, from, actor, reasonCode, at));
    }

    /** Many enrollments created in one change (a year's rollover), flushed, announced in a few statements. */
    public Uni<Void> created(List<Enrollment> enrollments, String actor, Instant at) {
        return outbox.appendAll(enrollments.stream()
                .map(e -> envelope(e, null, actor, EnrollmentStatusChangedEvent.CREATED, at)).toList());
    }

    private static EventEnvelope envelope(Enrollment enrollment, EnrollmentStatus from, String actor,
                                          String reasonCode, Instant at) {
        UUID id = UuidV7.next();
        return new EventEnvelope(id, EnrollmentStatusChangedEvent.TOPIC, enrollment.id.toString(),
                EnrollmentStatusChangedEvent.TYPE, "enrollments/" + enrollment.id, at,
                new EnrollmentStatusChangedEvent(id, enrollment.schoolId, enrollment.id, enrollment.studentId,
                        enrollment.schoolYearId, enrollment.gradeLevel, enrollment.groupCode, enrollment.shift.name(),
                        from == null ? null : from.name(), enrollment.status.name(), null, actor, at,
                        enrollment.version, reasonCode));
    }
}
