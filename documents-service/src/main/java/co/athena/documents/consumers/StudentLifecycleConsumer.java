package co.athena.documents.consumers;

import co.athena.documents.service.StudentErasure;
import co.athena.persistence.events.EventConsumption;
import co.athena.shared.events.StudentLifecycleEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code athena.students.lifecycle.v1}: an anonymized student's files are erased. */
@ApplicationScoped
public class StudentLifecycleConsumer {

    private final StudentErasure erasure;
    private final EventConsumption consumption;

    public StudentLifecycleConsumer(StudentErasure erasure, EventConsumption consumption) {
        this.erasure = erasure;
        this.consumption = consumption;
    }

    @Incoming("student-lifecycle")
    public Uni<Void> consume(String payload) {
        return consumption.react(payload, StudentLifecycleEvent.class, erasure::studentChanged);
    }
}
