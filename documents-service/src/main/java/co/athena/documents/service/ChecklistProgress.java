package co.athena.documents.service;

import co.athena.documents.domain.Checklist;
import co.athena.documents.domain.ChecklistState;
import co.athena.documents.events.ChecklistEvents;
import co.athena.documents.repository.ChecklistStateRepository;
import co.athena.documents.repository.ConsentRepository;
import co.athena.documents.repository.DocumentRepository;
import co.athena.shared.ids.UtcClock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * After each change to an enrollment's documents, inside its transaction: when the checklist became
 * complete, or stopped being complete, say so once (athena.documents.checklist.v1); enrollment-service
 * moves the enrollment to in_review or back.
 */
@ApplicationScoped
public class ChecklistProgress {

    private final DocumentRepository documents;
    private final ConsentRepository consents;
    private final ChecklistStateRepository states;
    private final ChecklistEvents events;

    public ChecklistProgress(DocumentRepository documents, ConsentRepository consents, ChecklistStateRepository states,
                         ChecklistEvents events) {
        this.documents = documents;
        this.consents = consents;
        this.states = states;
        this.events = events;
    }

    public Uni<Checklist> evaluate(UUID schoolId, UUID enrollmentId, List<String> required) {
        return documents.currentOf(schoolId, enrollmentId).chain(current -> consents.ofEnrollment(schoolId, enrollmentId)
                .map(accepted -> Checklist.of(required, current, accepted)));
    }

    public Uni<Void> reconsider(UUID schoolId, UUID enrollmentId, UUID studentId, List<String> required, String actor) {
        return documents.flush().chain(() -> evaluate(schoolId, enrollmentId, required))
                .chain(checklist -> states.findForUpdate(schoolId, enrollmentId).chain(state -> {
                    boolean wasComplete = state != null && state.complete;
                    if (wasComplete == checklist.complete()) {
                        return Uni.createFrom().voidItem();
                    }
                    Instant now = UtcClock.now();
                    ChecklistState next = state != null ? state : newState(schoolId, enrollmentId);
                    next.complete = checklist.complete();
                    next.checklistVersion++;
                    next.updatedAt = now;
                    Uni<?> saved = state != null ? states.flush() : states.persist(next).chain(states::flush);
                    return saved.chain(() -> events.changed(next, studentId, checklist, actor, now));
                }));
    }

    private static ChecklistState newState(UUID schoolId, UUID enrollmentId) {
        ChecklistState state = new ChecklistState();
        state.schoolId = schoolId;
        state.enrollmentId = enrollmentId;
        return state;
    }
}
