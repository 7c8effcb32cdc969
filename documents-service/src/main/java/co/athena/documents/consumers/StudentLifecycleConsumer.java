package co.athena.documents.consumers;

import co.athena.documents.service.StudentErasure;
import co.athena.persistence.events.Redelivery;
import co.athena.shared.events.EventPayloads;
import co.athena.shared.events.StudentLifecycleEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** athena.students.lifecycle.v1: an anonymized student's files are erased (DLQ for what is not the contract). */
@ApplicationScoped
public class StudentLifecycleConsumer {

    private final StudentErasure erasure;
    private final ObjectMapper mapper;

    public StudentLifecycleConsumer(StudentErasure erasure, ObjectMapper mapper) {
        this.erasure = erasure;
        this.mapper = EventPayloads.tolerant(mapper);
    }

    @Incoming("student-lifecycle")
    public Uni<Void> consume(String payload) {
        return Uni.createFrom().item(() -> EventPayloads.read(mapper, payload, StudentLifecycleEvent.class,
                        e -> e.eventId() != null && e.schoolId() != null && e.studentId() != null && e.change() != null))
                .chain(event -> Redelivery.retryTransient(erasure.studentChanged(event)));
    }
}
