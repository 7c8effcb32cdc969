package co.athena.student.events;

import co.athena.persistence.outbox.Outbox;
import co.athena.shared.events.EventEnvelope;
import co.athena.shared.events.StudentLifecycleEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.student.domain.Student;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Announces deactivation, reactivation and anonymization through the outbox, in the same transaction. */
@ApplicationScoped
public class StudentEvents {

    private final Outbox outbox;

    public StudentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Call after the change was flushed, so the event carries the student's new version. */
    public Uni<Void> changed(Student student, String change) {
        UUID id = UuidV7.next();
        Instant now = UtcClock.now();
        return outbox.append(new EventEnvelope(id, StudentLifecycleEvent.TOPIC, student.id.toString(),
                StudentLifecycleEvent.TYPE, "students/" + student.id, now,
                new StudentLifecycleEvent(id, change, student.schoolId, student.id, null, now, student.version)));
    }
}
