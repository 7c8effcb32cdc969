package co.athena.academic.rest;

import co.athena.academic.CourseOf601;
import co.athena.academic.Periods;
import co.athena.academic.PdfDownloads;
import co.athena.academic.StudentDirectoryFake;
import co.athena.shared.events.EventContract;
import co.athena.shared.events.ReportCardPublishedEvent;
import co.athena.testing.ContractAssertions;
import co.athena.testing.JobPolls;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.coordinator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report cards of group 601 (three students named in student-service, one course, its teacher), for a first period
 * of October and November 2026 in which the teacher graded a quiz (4.5, 3.0, 2.8) and took one roll (María absent).
 */
@QuarkusTest
class ReportCardTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CourseOf601 fixture;
    private UUID school;
    private UUID period;
    private List<UUID> students;
    private UUID quiz;

    @BeforeEach
    void group601GradedAndItsRollTakenInAnOpenPeriod() throws Exception {
        fixture = CourseOf601.withWeeklyHours(4);
        school = fixture.school();
        students = fixture.students();
        StudentDirectoryFake.name(school, students.get(0), "María José Núñez Peña", "1001");
        StudentDirectoryFake.name(school, students.get(1), "Andrés Gómez", "1002");
        StudentDirectoryFake.name(school, students.get(2), "Sofía Ávila", "1003");
        period = Periods.open(school, fixture.year(), 1, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-30"));
        quiz = UUID.fromString(fixture.asTeacher().body(Map.of("period", 1, "type", "quiz", "title", "Quiz",
                        "weight", 100)).post(course("/activities")).then().statusCode(201).extract().path("id"));
        fixture.asTeacher().body(Map.of("entries", List.of(score(0, 4.5), score(1, 3.0), score(2, 2.8))))
                .put("/api/v1/activities/" + quiz + "/scores").then().statusCode(200);
        fixture.asTeacher().body(Map.of("class_date", "2026-11-02", "entries", List.of(mark(0, "absent"),
                mark(1, "present"), mark(2, "present")))).post(course("/attendance")).then().statusCode(201);
    }

    @Test
    void closingThePeriodBuildsEachStudentsDraftWithGradesLevelsAndAbsences() throws Exception {
        close();
        ValidatableResponse cards = coordinator(school).get(groupCards()).then().statusCode(200).body("", hasSize(3))
                .body("status", everyItem(equalTo("draft"))).body("download_url", everyItem(nullValue()));
        cards.body(card(0) + ".items[0].grade", equalTo(4.5f))
                .body(card(0) + ".items[0].level", equalTo("alto"))
                .body(card(0) + ".items[0].absences", equalTo(1))
                .body(card(0) + ".absences", equalTo(1))
                .body(card(0) + ".items[0].teacher_id", equalTo(fixture.teacherId().toString()))
                .body(card(0) + ".items[0].subject", equalTo("Asignatura ALG"))
                .body(card(2) + ".items[0].level", equalTo("bajo"))
                .body(card(2) + ".group_size", equalTo(3))
                .body(card(2) + ".rank_in_group", nullValue());
    }

    @Test
    void aPeriodClosedAgainRebuildsItsDraftsAndKeepsTheDirectorsComment() throws Exception {
        close();
        String maria = cardOf(0);
        coordinator(school).body(Map.of("comment", "Muy buen período")).put("/api/v1/report-cards/" + maria
                + "/director-comment").then().statusCode(200);
        announce("open", 3);
        Periods.awaitVersion(period, 3);
        fixture.asTeacher().body(Map.of("entries", List.of(score(0, 3.5)))).put("/api/v1/activities/" + quiz
                + "/scores").then().statusCode(200);
        announce("closed", 4);
        Awaitility.await("the rebuilt draft").atMost(BOUND).until(() -> Float.valueOf(3.5f).equals(coordinator(school)
                .get("/api/v1/report-cards/" + maria).then().extract().path("items[0].grade")));
        coordinator(school).get("/api/v1/report-cards/" + maria).then().body("version", equalTo(1))
                .body("status", equalTo("draft")).body("director_comment", equalTo("Muy buen período"));
        assertEquals(3, TestDatabase.count("select count(*) from academic.report_cards where period_id = ?", period));
    }

    @Test
    void publishingStoresEachStudentsPdfWithTheirGradesInSpanish() throws Exception {
        close();
        String maria = cardOf(0);
        coordinator(school).body(Map.of("comment", "Excelente participación; debe reforzar álgebra."))
                .put("/api/v1/report-cards/" + maria + "/director-comment").then().statusCode(200);
        coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then().statusCode(200)
                .body("published", equalTo(3)).body("groups", equalTo(1));
        String url = coordinator(school).get("/api/v1/report-cards/" + maria).then().statusCode(200)
                .body("status", equalTo("published")).body("version", equalTo(1))
                .extract().path("download_url");
        PdfDownloads.Pdf pdf = PdfDownloads.download(url);
        assertEquals("application/pdf", pdf.contentType());
        for (String expected : List.of("Colegio San José", "154001000123", "María José Núñez Peña",
                "Informe académico del período 1", "Asignatura ALG", "4.5", "Alto", "Fallas en el período: 1",
                "Excelente participación; debe reforzar álgebra.", "Básico 3.0–3.9")) {
            assertTrue(pdf.text().contains(expected), () -> "the PDF says " + expected + ":\n" + pdf.text());
        }
    }

    @Test
    void theGroupsPdfHoldsEveryStudentsCard() throws Exception {
        close();
        coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then().statusCode(200);
        PdfDownloads.Pdf pdf = PdfDownloads.download(coordinator(school)
                .get("/api/v1/class-groups/" + fixture.classGroup() + "/report-cards/pdf?period=1").then()
                .statusCode(200).body("version", equalTo(1)).extract().path("download_url"));
        assertEquals(3, pdf.pages());
        for (String name : List.of("María José Núñez Peña", "Andrés Gómez", "Sofía Ávila")) {
            assertTrue(pdf.text().contains(name), name);
        }
    }

    @Inject
    MeterRegistry metrics;

    @Test
    void publishingAnnouncesEachCardOnceAndASecondCallPublishesNothing() throws Exception {
        double publications = metrics.timer("athena.work", "kind", "report_card_publication", "outcome", "succeeded")
                .count();
        close();
        try (TopicProbe probe = TopicProbe.of(ReportCardPublishedEvent.TOPIC)) {
            coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then()
                    .body("published", equalTo(3));
            coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then().statusCode(200)
                    .body("published", equalTo(0)).body("groups", equalTo(0));
            List<JsonNode> events = read(probe.await(3, this::ours, BOUND));
            assertEquals(students.stream().map(UUID::toString).sorted().toList(),
                    events.stream().map(e -> e.path("student_id").asText()).sorted().toList());
            assertTrue(events.stream().allMatch(e -> e.path("version").asInt() == 1 && e.path("supersedes").isNull()));
        }
        assertEquals(publications + 2, metrics.timer("athena.work", "kind", "report_card_publication", "outcome",
                "succeeded").count());
    }

    @Test
    void asAJobThePublicationCountsItsGroupsToTheEnd() throws Exception {
        close();
        String job = coordinator(school).header("Prefer", "respond-async").body(publication())
                .post("/api/v1/report-cards/publications").then().statusCode(202)
                .body("kind", equalTo("report_card_publication")).extract().header("Location");

        JsonPath done = JobPolls.ended(() -> coordinator(school), job);

        assertEquals("succeeded", done.getString("status"), done.prettify());
        assertEquals(1, done.getInt("total"));
        assertEquals(1, done.getInt("processed"));
        assertEquals(3, done.getInt("result.published"));
        coordinator(school).get("/api/v1/report-cards/" + cardOf(0)).then().body("status", equalTo("published"));
    }

    @Test
    void asAJobAPublicationWithStudentServiceDownFailsSayingSoAndPublishesNothing() throws Exception {
        close();
        StudentDirectoryFake.students().down();
        JsonPath failed;
        try {
            String job = coordinator(school).header("Prefer", "respond-async").body(publication())
                    .post("/api/v1/report-cards/publications").then().statusCode(202).extract().header("Location");
            failed = JobPolls.ended(() -> coordinator(school), job);
        } finally {
            StudentDirectoryFake.students().up();
        }
        assertEquals("failed", failed.getString("status"));
        assertTrue(failed.getString("errors[0].message").contains("student-service"), failed.prettify());
        assertEquals(0, TestDatabase.count("select count(*) from academic.report_cards where school_id = ? "
                + "and status = 'published'", school));
    }

    @Test
    void aPublishedCardStandsAsItIsEvenInTheDatabase() throws Exception {
        close();
        String maria = cardOf(0);
        coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then().statusCode(200);
        coordinator(school).body(Map.of("comment", "Otra cosa")).put("/api/v1/report-cards/" + maria
                + "/director-comment").then().statusCode(409).body("detail", containsString("corrections"));
        SQLException refused = assertThrows(SQLException.class, () -> TestDatabase.update(
                "update academic.report_cards set absences = 0 where id = ?", UUID.fromString(maria)));
        assertTrue(refused.getMessage().contains("published"), refused.getMessage());
        assertThrows(SQLException.class, () -> TestDatabase.update("delete from academic.report_cards where id = ?",
                UUID.fromString(maria)));
    }

    @Test
    void aCorrectionIsTheNextVersionFromTheGradesAsTheyStandAndSupersedesTheFirst() throws Exception {
        close();
        String sofia = cardOf(2);
        coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then().statusCode(200);
        fixture.asTeacher().body(Map.of("student_id", students.get(2).toString(), "period", 1, "kind", "superacion",
                "score", 3.6, "note", "Taller de refuerzo aprobado")).post(course("/recoveries")).then().statusCode(201);
        try (TopicProbe probe = TopicProbe.of(ReportCardPublishedEvent.TOPIC)) {
            String second = coordinator(school).body(Map.of("reason", "Superación del período 1"))
                    .post("/api/v1/report-cards/" + sofia + "/corrections").then().statusCode(201)
                    .body("version", equalTo(2)).body("status", equalTo("published"))
                    .body("correction_reason", equalTo("Superación del período 1"))
                    .body("items[0].grade", equalTo(3.0f)).body("items[0].level", equalTo("basico"))
                    .body("items[0].recovery", equalTo(3.6f))
                    .extract().path("id");
            coordinator(school).get("/api/v1/report-cards/" + sofia).then().body("superseded_by", equalTo(second))
                    .body("items[0].grade", equalTo(2.8f));
            coordinator(school).get("/api/v1/report-cards?student_id=" + students.get(2) + "&school_year_id="
                    + fixture.year()).then().body("version", equalTo(List.of(1, 2)));
            PdfDownloads.Pdf pdf = PdfDownloads.download(coordinator(school).get("/api/v1/report-cards/" + second)
                    .then().extract().path("download_url"));
            assertTrue(pdf.text().contains("Versión 2, corrección: Superación del período 1"), pdf.text());
            assertTrue(pdf.text().contains("Recuperación: 3.6. Taller de refuerzo aprobado"), pdf.text());
            // the probe may see the first publication's events too: the correction's is the one naming it
            JsonNode event = read(probe.await(1, record -> record.value().contains(second), BOUND)).get(0);
            assertEquals(2, event.path("version").asInt());
            assertEquals(sofia, event.path("supersedes").asText());
        }
        coordinator(school).body(Map.of("reason", "otra vez")).post("/api/v1/report-cards/" + sofia + "/corrections")
                .then().statusCode(409).body("detail", containsString("corrected by"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "no reason                | 400",
            "student-service down     | 503"})
    void aCorrectionThatCannotBeLeavesThePublishedCardAsItIs(String wrong, int status) throws Exception {
        close();
        String sofia = cardOf(2);
        coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then().statusCode(200);
        boolean down = wrong.trim().equals("student-service down");
        if (down) {
            StudentDirectoryFake.students().down();
        }
        try {
            coordinator(school).body(Map.of("reason", down ? "Superación" : " "))
                    .post("/api/v1/report-cards/" + sofia + "/corrections").then().statusCode(status)
                    .contentType("application/problem+json");
        } finally {
            StudentDirectoryFake.students().up();
        }
        coordinator(school).get("/api/v1/report-cards/" + sofia).then().body("superseded_by", nullValue())
                .body("version", equalTo(1));
        assertEquals(1, TestDatabase.count("select count(*) from academic.report_cards where student_id = ?",
                students.get(2)));
    }

    @Test
    void nothingIsPublishedWhileThePeriodIsOpen() throws Exception {
        coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then().statusCode(409)
                .body("detail", containsString("is open"));
        assertEquals(0, TestDatabase.count("select count(*) from academic.report_cards where school_id = ?", school));
    }

    @Test
    void withStudentServiceDownNothingIsPublished() throws Exception {
        close();
        StudentDirectoryFake.students().down();
        try {
            coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then().statusCode(503)
                    .header("Retry-After", notNullValue());
        } finally {
            StudentDirectoryFake.students().up();
        }
        assertEquals(0, TestDatabase.count("select count(*) from academic.report_cards where school_id = ? "
                + "and status = 'published'", school));
        coordinator(school).body(publication()).post("/api/v1/report-cards/publications").then().statusCode(200)
                .body("published", equalTo(3));
    }

    @Test
    void aTeacherWhoIsNotTheGroupsDirectorReadsNoCard() throws Exception {
        close();
        fixture.asTeacher().get("/api/v1/report-cards/" + cardOf(0)).then().statusCode(404);
        fixture.asTeacher().get(groupCards()).then().statusCode(403);
        coordinator(school).body(Map.of("director_id", fixture.teacherId().toString()))
                .header("If-Match", "\"" + groupVersion() + "\"").contentType("application/merge-patch+json")
                .patch("/api/v1/class-groups/" + fixture.classGroup()).then().statusCode(200);
        fixture.asTeacher().get("/api/v1/report-cards/" + cardOf(0)).then().statusCode(200);
    }

    @Test
    void anotherSchoolSeesNoneOfThem() throws Exception {
        close();
        UUID elsewhere = UUID.randomUUID();
        coordinator(elsewhere).get("/api/v1/report-cards/" + cardOf(0)).then().statusCode(404);
        coordinator(elsewhere).get(groupCards()).then().statusCode(404);
        coordinator(elsewhere).body(Map.of("reason", "x")).post("/api/v1/report-cards/" + cardOf(0) + "/corrections")
                .then().statusCode(404);
    }

    @Test
    void aTeacherCannotPublish() throws Exception {
        close();
        fixture.asTeacher().body(publication()).post("/api/v1/report-cards/publications").then().statusCode(403);
    }

    private void close() throws Exception {
        announce("closed", 2);
        Awaitility.await("the period's report cards").atMost(BOUND).until(() -> TestDatabase.count(
                "select count(*) from academic.report_card_builds where period_id = ? and built_at is not null",
                period) == 1);
    }

    private void announce(String status, long version) {
        Periods.send(period, Periods.event(school, fixture.year(), period, 1, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-11-30"), status, false, version));
    }

    private String cardOf(int student) {
        return coordinator(school).get(groupCards()).then().statusCode(200).extract().path(card(student) + ".id");
    }

    private String card(int student) {
        return "find { it.student_id == '" + students.get(student) + "' }";
    }

    private String groupCards() {
        return "/api/v1/report-cards?class_group_id=" + fixture.classGroup() + "&period=1";
    }

    private long groupVersion() {
        return ((Number) coordinator(school).get("/api/v1/class-groups/" + fixture.classGroup()).then()
                .extract().path("version")).longValue();
    }

    private Map<String, Object> publication() {
        return Map.of("school_year_id", fixture.year().toString(), "period", 1);
    }

    private String course(String path) {
        return "/api/v1/course-offerings/" + fixture.course() + path;
    }

    private Map<String, Object> score(int student, double value) {
        return Map.of("student_id", students.get(student).toString(), "score", value);
    }

    private Map<String, Object> mark(int student, String status) {
        return Map.of("student_id", students.get(student).toString(), "status", status);
    }

    private boolean ours(ConsumerRecord<String, String> record) {
        return record.value().contains(school.toString());
    }

    private static List<JsonNode> read(List<ConsumerRecord<String, String>> records) throws Exception {
        EventContract contract = EventContract.ALL.stream()
                .filter(c -> c.topic().equals(ReportCardPublishedEvent.TOPIC)).findFirst().orElseThrow();
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            ContractAssertions.assertMatchesContract(contract, record.value());
            events.add(JSON.readTree(record.value()));
        }
        return events;
    }
}
