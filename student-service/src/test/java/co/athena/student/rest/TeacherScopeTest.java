package co.athena.student.rest;

import co.athena.shared.events.RosterChangedEvent;
import co.athena.shared.events.TeacherAssignmentEvent;
import co.athena.shared.security.Roles;
import co.athena.testing.TestTokens;
import co.athena.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * read:own_students on the real broker: a teacher reads exactly the students of the groups they teach now, as
 * academic-service's assignment and roster events say, and loses them when either ends.
 */
@QuarkusTest
class TeacherScopeTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private UUID school;
    private UUID teacher;
    private UUID group601;
    private UUID group602;
    private UUID ana;
    private UUID bruno;
    private UUID carla;

    @BeforeEach
    void schoolWithStudentsInTwoGroups() {
        school = UUID.randomUUID();
        teacher = UUID.randomUUID();
        group601 = UUID.randomUUID();
        group602 = UUID.randomUUID();
        ana = UUID.fromString(StudentApi.rector(school).body(StudentApi.with(StudentApi.student(StudentApi.ti(), "Ana",
                        null, "Gil", null), "piar_data", Map.of("ajustes", "tiempo adicional")))
                .post("/api/v1/students").then().statusCode(201).extract().path("id"));
        bruno = StudentApi.create(school, "Bruno", "Díaz");
        carla = StudentApi.create(school, "Carla", "Ruiz");
    }

    @Test
    void aTeacherReadsExactlyTheStudentsOfTheGroupsTheyTeach() {
        assign(teacher, group601, 0, true);
        join(ana, group601);
        join(bruno, group602);
        join(carla, group601);

        awaitTeacherSees(ana, carla);
        teacher().get("/api/v1/students").then()
                .body("items.find { it.id == '" + ana + "' }.has_piar", equalTo(true))
                .body("items.find { it.id == '" + carla + "' }.has_piar", equalTo(false));
        StudentApi.secretary(school).get("/api/v1/students?q=Ana").then().statusCode(200)
                .body("items[0].id", equalTo(ana.toString())).body("items[0]", not(hasKey("has_piar")));
        teacher().get("/api/v1/students/" + bruno).then().statusCode(404);
        teacher().get("/api/v1/students/" + ana).then().statusCode(200)
                .body("full_name", equalTo("Ana Gil"))
                .body("piar_data.ajustes", equalTo("tiempo adicional"))
                .body("characterization", nullValue())
                .body("created_at", nullValue());
        teacher().get("/api/v1/students?q=Bruno").then().statusCode(200).body("items", empty());
        as(UUID.randomUUID(), school).get("/api/v1/students/" + ana).then().statusCode(404);
        as(teacher, UUID.randomUUID()).get("/api/v1/students/" + ana).then().statusCode(404);
    }

    @Test
    void aWithdrawnStudentLeavesTheTeachersScopeAndNeverComesBack() {
        assign(teacher, group601, 0, true);
        UUID membership = join(ana, group601);
        join(carla, group601);
        awaitTeacherSees(ana, carla);

        leave(membership, ana, group601);
        awaitTeacherSees(carla);
        teacher().get("/api/v1/students/" + ana).then().statusCode(404);

        send(RosterChangedEvent.TOPIC, membership, roster(UUID.randomUUID(), membership, ana, group601, true));
        join(bruno, group601);
        awaitTeacherSees(carla, bruno);
        teacher().get("/api/v1/students/" + ana).then().statusCode(404);
    }

    @Test
    void anEndedAssignmentTakesTheWholeGroupAwayAndAnOlderVersionDoesNotGiveItBack() {
        UUID assignment = assign(teacher, group601, 0, true);
        join(ana, group601);
        awaitTeacherSees(ana);

        send(TeacherAssignmentEvent.TOPIC, assignment, assignment(UUID.randomUUID(), assignment, teacher, group601, 1, false));
        awaitTeacherSees();
        send(TeacherAssignmentEvent.TOPIC, assignment, assignment(UUID.randomUUID(), assignment, teacher, group601, 0, true));
        join(bruno, group601);
        UUID other = UUID.randomUUID();
        assign(other, group601, 0, true);
        await().atMost(BOUND).untilAsserted(() -> as(other, school).get("/api/v1/students").then()
                .body("items.id", containsInAnyOrder(ana.toString(), bruno.toString())));
        teacher().get("/api/v1/students").then().statusCode(200).body("items", empty());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID membership = UUID.randomUUID();
        String joined = roster(UUID.randomUUID(), membership, ana, group601, true);
        String left = roster(UUID.randomUUID(), membership, ana, group601, false);
        assign(teacher, group601, 0, true);
        send(RosterChangedEvent.TOPIC, membership, joined);
        awaitTeacherSees(ana);
        send(RosterChangedEvent.TOPIC, membership, left);
        send(RosterChangedEvent.TOPIC, membership, joined);
        join(carla, group601);
        awaitTeacherSees(carla);
    }

    private void awaitTeacherSees(UUID... students) {
        List<String> ids = Arrays.stream(students).map(UUID::toString).toList();
        await("the teacher's students").atMost(BOUND).untilAsserted(() -> teacher().get("/api/v1/students").then()
                .statusCode(200).body("items.id", ids.isEmpty() ? empty() : containsInAnyOrder(ids.toArray())));
    }

    private RequestSpecification teacher() {
        return as(teacher, school);
    }

    private static RequestSpecification as(UUID user, UUID school) {
        return RestAssured.given().auth().oauth2(TestTokens.forUser(user.toString(), school, Roles.TEACHER));
    }

    private UUID assign(UUID who, UUID group, long version, boolean open) {
        UUID id = UUID.randomUUID();
        send(TeacherAssignmentEvent.TOPIC, id, assignment(UUID.randomUUID(), id, who, group, version, open));
        return id;
    }

    private UUID join(UUID student, UUID group) {
        UUID id = UUID.randomUUID();
        send(RosterChangedEvent.TOPIC, id, roster(UUID.randomUUID(), id, student, group, true));
        return id;
    }

    private void leave(UUID membership, UUID student, UUID group) {
        send(RosterChangedEvent.TOPIC, membership, roster(UUID.randomUUID(), membership, student, group, false));
    }

    private static void send(String topic, UUID key, String payload) {
        TopicWriter.send(topic, key.toString(), payload);
    }

    private String assignment(UUID event, UUID id, UUID who, UUID group, long version, boolean open) {
        return """
                {"event_id":"%s","school_id":"%s","assignment_id":"%s","course_offering_id":"%s","class_group_id":"%s",
                 "teacher_id":"%s","starts_on":"2027-02-01","ends_on":%s,"open":%s,"assignment_version":%d,
                 "occurred_at":"2026-12-01T10:00:00Z"}"""
                .formatted(event, school, id, UUID.randomUUID(), group, who, open ? "null" : "\"2027-03-01\"", open,
                        version);
    }

    private String roster(UUID event, UUID id, UUID student, UUID group, boolean open) {
        return """
                {"event_id":"%s","school_id":"%s","membership_id":"%s","class_group_id":"%s","enrollment_id":"%s",
                 "student_id":"%s","starts_on":"2027-02-01","ends_on":%s,"end_reason":%s,"open":%s,
                 "occurred_at":"2026-12-01T10:00:00Z"}"""
                .formatted(event, school, id, group, UUID.randomUUID(), student, open ? "null" : "\"2027-03-01\"",
                        open ? "null" : "\"withdrawn\"", open);
    }
}
