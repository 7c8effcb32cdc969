package co.athena.academic.events;

import co.athena.academic.domain.AbsenceShare;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.ReportCard;
import co.athena.academic.domain.TeacherAssignment;
import co.athena.persistence.outbox.Outbox;
import co.athena.shared.events.AttendanceAlertEvent;
import co.athena.shared.events.EventEnvelope;
import co.athena.shared.events.ReportCardPublishedEvent;
import co.athena.shared.events.RosterChangedEvent;
import co.athena.shared.events.TeacherAssignmentEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Announces, in the transaction that made it, who teaches which group and who is in which group: what a service
 * needs to know which students a teacher has without asking academic-service on every read.
 */
@ApplicationScoped
public class AcademicEvents {

    private final Outbox outbox;

    public AcademicEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The assignment as it stands (flushed: its version is the stored one); {@code classGroupId}: its course's. */
    public Uni<Void> assignment(TeacherAssignment a, UUID classGroupId) {
        UUID id = UuidV7.next();
        TeacherAssignmentEvent event = new TeacherAssignmentEvent(id, a.schoolId, a.id, a.courseOfferingId,
                classGroupId, a.teacherId, a.startsOn, a.endsOn, a.isOpen(), a.version, UtcClock.now());
        return outbox.append(new EventEnvelope(id, TeacherAssignmentEvent.TOPIC, a.id.toString(),
                TeacherAssignmentEvent.TYPE, "teacher-assignments/" + a.id, event.occurredAt(), event));
    }

    public Uni<Void> roster(ClassGroupEnrollment m) {
        return outbox.append(envelope(m));
    }

    /** The membership as {@code write} (SQL on the pool) leaves it, and its event, in one statement. */
    public Uni<Void> rosterWith(SqlConnection connection, String write, Tuple parameters, ClassGroupEnrollment m) {
        return outbox.appendAfter(connection, write, parameters, envelope(m)).replaceWithVoid();
    }

    private static EventEnvelope envelope(ClassGroupEnrollment m) {
        UUID id = UuidV7.next();
        RosterChangedEvent event = new RosterChangedEvent(id, m.schoolId, m.id, m.classGroupId, m.enrollmentId,
                m.studentId, m.startsOn, m.endsOn, m.endReason, m.endsOn == null, UtcClock.now());
        return new EventEnvelope(id, RosterChangedEvent.TOPIC, m.id.toString(), RosterChangedEvent.TYPE,
                "class-group-enrollments/" + m.id, event.occurredAt(), event);
    }

    /** A student's absences in a course reached the school's threshold in a period; keyed by student. */
    public Uni<Void> attendanceAlert(UUID alertId, CourseOffering course, UUID studentId, int period,
                                     AbsenceShare share, BigDecimal threshold) {
        UUID id = UuidV7.next();
        AttendanceAlertEvent event = new AttendanceAlertEvent(id, course.schoolId, alertId, studentId, course.id,
                course.classGroupId, course.subjectId, course.schoolYearId, period, share.absences(), share.classes(),
                share.percent(), threshold, UtcClock.now());
        return outbox.append(new EventEnvelope(id, AttendanceAlertEvent.TOPIC, studentId.toString(),
                AttendanceAlertEvent.TYPE, "attendance-alerts/" + alertId, event.occurredAt(), event));
    }

    /** A report card was published (a first version, or a correction that {@code supersedes} one); keyed by student. */
    public Uni<Void> reportCardPublished(ReportCard card, UUID supersedes) {
        return outbox.append(published(card, supersedes));
    }

    /** A group's first versions, published together, in a few statements. */
    public Uni<Void> reportCardsPublished(List<ReportCard> cards) {
        return cards.isEmpty() ? Uni.createFrom().voidItem()
                : outbox.appendAll(cards.stream().map(card -> published(card, null)).toList());
    }

    private static EventEnvelope published(ReportCard card, UUID supersedes) {
        UUID id = UuidV7.next();
        ReportCardPublishedEvent event = new ReportCardPublishedEvent(id, card.schoolId, card.id, card.studentId,
                card.classGroupId, card.schoolYearId, card.periodId, card.periodNumber, card.version, supersedes,
                card.publishedAt);
        return new EventEnvelope(id, ReportCardPublishedEvent.TOPIC, card.studentId.toString(),
                ReportCardPublishedEvent.TYPE, "report-cards/" + card.id, event.occurredAt(), event);
    }
}
