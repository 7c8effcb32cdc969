package co.athena.documents.events;

import co.athena.documents.domain.Checklist;
import co.athena.documents.domain.ChecklistState;
import co.athena.persistence.outbox.Outbox;
import co.athena.shared.events.DocumentsChecklistEvent;
import co.athena.shared.events.EventEnvelope;
import co.athena.shared.ids.UuidV7;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Announces a change of an enrollment's checklist through the outbox, in the same transaction. */
@ApplicationScoped
public class ChecklistEvents {

    private final Outbox outbox;

    public ChecklistEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> changed(ChecklistState state, UUID studentId, Checklist checklist, String actor, Instant at) {
        UUID id = UuidV7.next();
        return outbox.append(new EventEnvelope(id, DocumentsChecklistEvent.TOPIC, state.enrollmentId.toString(),
                DocumentsChecklistEvent.TYPE, "enrollments/" + state.enrollmentId + "/documents", at,
                new DocumentsChecklistEvent(id, state.schoolId, state.enrollmentId, studentId, checklist.complete(),
                        checklist.required(), checklist.satisfied(), checklist.unsatisfied(), actor, at,
                        state.checklistVersion)));
    }
}
