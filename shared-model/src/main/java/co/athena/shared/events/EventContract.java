package co.athena.shared.events;

import java.util.List;

/**
 * An event contract: its topic, CloudEvents type, payload record, and the JSON Schema and golden
 * sample kept beside it under {@code contracts/}. A test holds every contract to its sample.
 */
public record EventContract(String topic, String type, Class<?> payload) {

    public static final List<EventContract> ALL = List.of(
            new EventContract(SchoolLifecycleEvent.TOPIC, SchoolLifecycleEvent.TYPE, SchoolLifecycleEvent.class),
            new EventContract(PeriodChangedEvent.TOPIC, PeriodChangedEvent.TYPE, PeriodChangedEvent.class),
            new EventContract(EnrollmentStatusChangedEvent.TOPIC, EnrollmentStatusChangedEvent.TYPE,
                    EnrollmentStatusChangedEvent.class),
            new EventContract(StudentLifecycleEvent.TOPIC, StudentLifecycleEvent.TYPE, StudentLifecycleEvent.class),
            new EventContract(DocumentsChecklistEvent.TOPIC, DocumentsChecklistEvent.TYPE,
                    DocumentsChecklistEvent.class),
            new EventContract(AccessChangedEvent.TOPIC, AccessChangedEvent.TYPE, AccessChangedEvent.class),
            new EventContract(MembershipChangedEvent.TOPIC, MembershipChangedEvent.TYPE, MembershipChangedEvent.class),
            new EventContract(TeacherAssignmentEvent.TOPIC, TeacherAssignmentEvent.TYPE, TeacherAssignmentEvent.class),
            new EventContract(RosterChangedEvent.TOPIC, RosterChangedEvent.TYPE, RosterChangedEvent.class),
            new EventContract(AttendanceAlertEvent.TOPIC, AttendanceAlertEvent.TYPE, AttendanceAlertEvent.class),
            new EventContract(ReportCardPublishedEvent.TOPIC, ReportCardPublishedEvent.TYPE,
                    ReportCardPublishedEvent.class));

    public String schemaResource() {
        return "/contracts/" + topic + ".schema.json";
    }

    public String sampleResource() {
        return "/contracts/" + topic + ".sample.json";
    }

    public String deadLetterTopic() {
        return topic + ".dlq";
    }
}
