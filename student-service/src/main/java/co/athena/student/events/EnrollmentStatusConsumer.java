package co.athena.student.events;

import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.student.service.EnrollmentHistoryService;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code athena.enrollments.status-changed.v1} into the enrollment history. A record that is
 * not a valid event goes to the dead-letter topic (with the error in its headers) and consumption
 * goes on.
 */
@ApplicationScoped
public class EnrollmentStatusConsumer {

    private final EnrollmentHistoryService history;
    private final ObjectMapper mapper;

    public EnrollmentStatusConsumer(EnrollmentHistoryService history, ObjectMapper mapper) {
        this.history = history;
        // producers may add fields (a compatible change): an older consumer must still read the event
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Incoming("enrollment-status")
    public Uni<Void> consume(String payload) {
        EnrollmentStatusChangedEvent event;
        try {
            event = mapper.readValue(payload, EnrollmentStatusChangedEvent.class);
        } catch (Exception e) {
            return Uni.createFrom().failure(new IllegalArgumentException("not an enrollment status event: " + e.getMessage()));
        }
        if (event.eventId() == null || event.schoolId() == null || event.studentId() == null
                || event.enrollmentId() == null || event.toStatus() == null || event.changedAt() == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("enrollment status event lacks required fields"));
        }
        return history.record(event);
    }
}
