package co.athena.enrollment.service;

import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.enrollment.repository.EnrollmentRepository;
import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.DocumentsChecklistEvent;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.events.StudentLifecycleEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What other services' events do to enrollments, as the system actor. Each event acts at most once
 * (processed_events, in the same transaction as its effect) and only from the status it expects, so a
 * redelivery or an event overtaken by a user's own transition changes nothing.
 */
@ApplicationScoped
public class EnrollmentReactions {

    static final String CHECKLIST_CONSUMER = "enrollment-service.documents-checklist";
    static final String STUDENT_CONSUMER = "enrollment-service.student-lifecycle";

    private final EnrollmentRepository enrollments;
    private final EnrollmentService flow;
    private final ProcessedEvents processed;

    public EnrollmentReactions(EnrollmentRepository enrollments, EnrollmentService flow, ProcessedEvents processed) {
        this.enrollments = enrollments;
        this.flow = flow;
        this.processed = processed;
    }

    /** Every required document approved → in_review; one of them no longer approved → back to pending_documents. */
    public Uni<Void> checklistChanged(DocumentsChecklistEvent event) {
        return processed.once(CHECKLIST_CONSUMER, event, () -> enrollments.findInSchool(event.schoolId(), event.enrollmentId())
                .chain(enrollment -> {
                    if (enrollment == null) {
                        return Uni.createFrom().voidItem();
                    }
                    if (event.complete() && enrollment.status == EnrollmentStatus.pending_documents) {
                        return flow.move(enrollment, EnrollmentStatus.in_review, Enrollment.SYSTEM_ACTOR,
                                "Documentos requeridos aprobados", EnrollmentStatusChangedEvent.DOCUMENTS_COMPLETE)
                                .replaceWithVoid();
                    }
                    if (!event.complete() && enrollment.status == EnrollmentStatus.in_review) {
                        return flow.move(enrollment, EnrollmentStatus.pending_documents, Enrollment.SYSTEM_ACTOR,
                                "Documentos pendientes: " + String.join(", ", event.missingDocuments()),
                                EnrollmentStatusChangedEvent.DOCUMENTS_MISSING).replaceWithVoid();
                    }
                    return Uni.createFrom().voidItem();
                }));
    }

    /**
     * A deactivated student leaves school: each open enrollment is withdrawn (the staff's words stay in
     * student-service). An anonymized student's enrollments lose what staff wrote about them.
     */
    public Uni<Void> studentChanged(StudentLifecycleEvent event) {
        return switch (event.change()) {
            case StudentLifecycleEvent.DEACTIVATED -> processed.once(STUDENT_CONSUMER, event, () -> withdrawOpen(event));
            case StudentLifecycleEvent.ANONYMIZED -> processed.once(STUDENT_CONSUMER, event,
                    () -> enrollments.forgetWordsAbout(event.schoolId(), event.studentId()).replaceWithVoid());
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> withdrawOpen(StudentLifecycleEvent event) {
        return enrollments.openOfStudent(event.schoolId(), event.studentId())
                .onItem().transformToMulti(open -> Multi.createFrom().iterable(open))
                .onItem().transformToUniAndConcatenate(enrollment -> flow.move(enrollment, EnrollmentStatus.withdrawn,
                        Enrollment.SYSTEM_ACTOR, "Estudiante desactivado", EnrollmentStatusChangedEvent.STUDENT_DEACTIVATED))
                .collect().last().replaceWithVoid();
    }
}
