package co.athena.academic.events;

import co.athena.academic.Staff;
import co.athena.academic.TenancyFake;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.events.EventContract;
import co.athena.shared.events.RosterChangedEvent;
import co.athena.shared.events.TeacherAssignmentEvent;
import co.athena.testing.ContractAssertions;
import co.athena.testing.TopicProbe;
import co.athena.testing.TopicWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.area;
import static co.athena.academic.AcademicApi.coordinator;
import static co.athena.academic.AcademicApi.create;
import static co.athena.academic.AcademicApi.group;
import static co.athena.academic.AcademicApi.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who teaches which group, and who is in which group, are published by their contracts through the outbox. */
@QuarkusTest
class AcademicEventsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID school = UUID.randomUUID();

    @Test
    void anAssignmentAndItsEndArePublishedWithTheCoursesGroup() throws Exception {
        UUID year = TenancyFake.schoolYear(school, "active");
        UUID sixA = group(school, year, 6, "601");
        UUID course = create(school, "/api/v1/course-offerings", Map.of("class_group_id", sixA.toString(),
                "subject_id", subject(school, area(school, "MAT"), "ALG").toString(), "weekly_hours", 4));
        UUID ana = Staff.teacher(school);
        UUID beto = Staff.teacher(school);
        try (TopicProbe probe = TopicProbe.of(TeacherAssignmentEvent.TOPIC)) {
            String first = coordinator(school).body(Map.of("teacher_id", ana.toString(), "starts_on", "2027-01-25"))
                    .post("/api/v1/course-offerings/" + course + "/assignments").then().statusCode(201)
                    .extract().path("id");
            coordinator(school).body(Map.of("teacher_id", beto.toString(), "starts_on", "2027-04-01",
                    "reason", "Licencia")).post("/api/v1/course-offerings/" + course + "/assignments")
                    .then().statusCode(201);
            // keyed by assignment: one assignment's changes keep their order, two assignments' need not
            List<JsonNode> events = read(probe.await(3, this::ours, BOUND), TeacherAssignmentEvent.TOPIC);
            List<JsonNode> anas = events.stream().filter(e -> e.path("assignment_id").asText().equals(first)).toList();
            assertEquals(List.of(true, false), anas.stream().map(e -> e.path("open").asBoolean()).toList());
            assertEquals(ana.toString(), anas.get(1).path("teacher_id").asText());
            assertEquals("2027-04-01", anas.get(1).path("ends_on").asText());
            JsonNode betos = events.stream().filter(e -> !e.path("assignment_id").asText().equals(first))
                    .findFirst().orElseThrow();
            assertEquals(beto.toString(), betos.path("teacher_id").asText());
            assertEquals(true, betos.path("open").asBoolean());
            assertEquals(sixA.toString(), betos.path("class_group_id").asText());
        }
    }

    @Test
    void aStudentJoiningAndLeavingAGroupIsPublished() throws Exception {
        UUID year = TenancyFake.schoolYear(school, "active");
        UUID sixA = group(school, year, 6, "601");
        UUID enrollment = UUID.randomUUID();
        UUID student = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.of(RosterChangedEvent.TOPIC)) {
            TopicWriter.send(EnrollmentStatusChangedEvent.TOPIC, enrollment.toString(),
                    enrollmentEvent(year, enrollment, student, "in_review", "active", 2));
            TopicWriter.send(EnrollmentStatusChangedEvent.TOPIC, enrollment.toString(),
                    enrollmentEvent(year, enrollment, student, "active", "withdrawn", 3));
            List<JsonNode> events = read(probe.await(2, this::ours, BOUND), RosterChangedEvent.TOPIC);
            assertEquals(List.of(true, false), events.stream().map(e -> e.path("open").asBoolean()).toList());
            assertEquals("withdrawn", events.get(1).path("end_reason").asText());
            assertEquals(student.toString(), events.get(0).path("student_id").asText());
            assertEquals(sixA.toString(), events.get(0).path("class_group_id").asText());
        }
    }

    private String enrollmentEvent(UUID year, UUID enrollment, UUID student, String from, String to, long version) {
        return """
                {"event_id":"%s","school_id":"%s","enrollment_id":"%s","student_id":"%s","school_year_id":"%s",
                 "grade_level":6,"group_code":"601","shift":"morning","from_status":"%s","to_status":"%s",
                 "reason":null,"changed_by":"secretaria","changed_at":"2027-02-01T15:00:00Z","enrollment_version":%d,
                 "reason_code":"staff_decision"}""".formatted(UUID.randomUUID(), school, enrollment, student, year,
                from, to, version);
    }

    private boolean ours(ConsumerRecord<String, String> record) {
        return record.value().contains(school.toString());
    }

    /** The records, in order, each checked against its contract. */
    private static List<JsonNode> read(List<ConsumerRecord<String, String>> records, String topic) throws Exception {
        EventContract contract = EventContract.ALL.stream().filter(c -> c.topic().equals(topic)).findFirst().orElseThrow();
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            ContractAssertions.assertMatchesContract(contract, record.value());
            events.add(JSON.readTree(record.value()));
        }
        return events;
    }
}
