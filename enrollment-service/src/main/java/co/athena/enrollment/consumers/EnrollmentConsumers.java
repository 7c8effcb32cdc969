package co.athena.enrollment.consumers;

import co.athena.enrollment.service.EnrollmentReactions;
import co.athena.enrollment.service.SimatSync;
import co.athena.persistence.events.EventConsumption;
import co.athena.shared.events.DocumentsChecklistEvent;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.events.StudentLifecycleEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The topics enrollment-service listens to, each in its own consumer group. */
@ApplicationScoped
public class EnrollmentConsumers {

    private final SimatSync simat;
    private final EnrollmentReactions reactions;
    private final EventConsumption consumption;

    public EnrollmentConsumers(SimatSync simat, EnrollmentReactions reactions, EventConsumption consumption) {
        this.simat = simat;
        this.reactions = reactions;
        this.consumption = consumption;
    }

    @Incoming("simat-sync")
    public Uni<Void> enrollmentStatusChanged(String payload) {
        return consumption.react(payload, EnrollmentStatusChangedEvent.class, simat::apply);
    }

    @Incoming("documents-checklist")
    public Uni<Void> documentsChecklistChanged(String payload) {
        return consumption.react(payload, DocumentsChecklistEvent.class, reactions::checklistChanged);
    }

    @Incoming("student-lifecycle")
    public Uni<Void> studentLifecycleChanged(String payload) {
        return consumption.react(payload, StudentLifecycleEvent.class, reactions::studentChanged);
    }
}
