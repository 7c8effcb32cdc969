package co.athena.academic.rest;

import co.athena.academic.AcademicApi;
import co.athena.academic.CourseOf601;
import co.athena.academic.Periods;
import co.athena.academic.Siee;
import co.athena.academic.Staff;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.coordinator;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Activities and scores, on a course of group 601 with three students and its teacher; period 1 open, period 2 a
 * draft, as tenancy-service announced them.
 */
@QuarkusTest
class GradesTest {

    private UUID school;
    private UUID year;
    private UUID course;
    private UUID teacher;
    private UUID firstPeriod;
    private List<UUID> students;
    private CourseOf601 fixture;

    @BeforeEach
    void courseOf601WithThreeStudentsItsTeacherAndAnOpenPeriod() throws Exception {
        fixture = CourseOf601.withWeeklyHours(4);
        school = fixture.school();
        year = fixture.year();
        course = fixture.course();
        teacher = fixture.teacherId();
        students = fixture.students();
        firstPeriod = Periods.open(school, year, 1, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-04-10"));
        UUID second = UUID.randomUUID();
        Periods.send(second, Periods.event(school, year, second, 2, LocalDate.parse("2027-04-11"),
                LocalDate.parse("2027-06-15"), "draft", false, 0));
        Periods.awaitVersion(second, 0);
    }

    @Test
    void theTeacherAddsAnActivityAndGradesTheWholeClassInOneRequest() {
        UUID quiz = activity(1);
        fixture.asTeacher().get("/api/v1/course-offerings/" + course + "/activities?period=1").then().statusCode(200)
                .body("title", equalTo(List.of("Quiz de fracciones")));
        fixture.asTeacher().body(scores("4.5", "3.0", "2.8")).put(scores(quiz)).then().statusCode(200)
                .body("scores", hasSize(3))
                .body("scores.find { it.student_id == '" + students.get(2) + "' }.score", equalTo(2.8f))
                .body("scores[0].recorded_by", equalTo(teacher.toString()))
                .body("superseded", hasSize(0));
    }

    @Test
    void aChangedScoreKeepsTheOneItReplaces() throws Exception {
        UUID quiz = activity(1);
        fixture.asTeacher().body(scores("4.5", "3.0", "2.8")).put(scores(quiz)).then().statusCode(200);
        coordinator(school).body(Map.of("entries", List.of(entry(students.get(2), "3.2"), entry(students.get(0), "4.5"))))
                .put(scores(quiz)).then().statusCode(200)
                .body("scores.find { it.student_id == '" + students.get(2) + "' }.score", equalTo(3.2f))
                .body("superseded", hasSize(1))
                .body("superseded[0].score", equalTo(2.8f))
                .body("superseded[0].recorded_by", equalTo(teacher.toString()));
        assertEquals(4, TestDatabase.count("select count(*) from academic.activity_scores where activity_id = ?", quiz),
                "three scores and the one replaced; the unchanged score was not written again");
    }

    @Test
    void scoresSentAgainUnchangedAreAnsweredAndWriteNothing() throws Exception {
        UUID quiz = activity(1);
        fixture.asTeacher().body(scores("4.5", "3.0", "2.8")).put(scores(quiz)).then().statusCode(200);
        fixture.asTeacher().body(scores("4.5", "3.0", "2.8")).put(scores(quiz)).then().statusCode(200)
                .body("scores", hasSize(3))
                .body("superseded", hasSize(0));
        assertEquals(3, TestDatabase.count("select count(*) from academic.activity_scores where activity_id = ?", quiz));
    }

    @Test
    void scoresWaitForTheirPeriodToOpenAndStopWhenItCloses() throws Exception {
        UUID planned = activity(2);
        fixture.asTeacher().body(scores("4.0", "4.0", "4.0")).put(scores(planned)).then().statusCode(409)
                .body("detail", containsString("period 2 (Periodo 2) is draft"));
        UUID quiz = activity(1);
        Periods.send(firstPeriod, Periods.event(school, year, firstPeriod, 1, LocalDate.parse("2027-02-01"),
                LocalDate.parse("2027-04-10"), "closed", false, 2));
        Periods.awaitVersion(firstPeriod, 2);
        fixture.asTeacher().body(scores("4.0", "4.0", "4.0")).put(scores(quiz)).then().statusCode(409)
                .body("detail", containsString("is closed"));
        fixture.asTeacher().body(activityBody(1, null)).post(activities()).then().statusCode(409);
        assertEquals(0, TestDatabase.count("select count(*) from academic.activity_scores s join academic.evaluation_activities a "
                + "on a.id = s.activity_id where a.course_offering_id = ?", course));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "a score under the school's scale | 422",
            "a score over the seed's 5.0      | 400",
            "two decimals                     | 400",
            "a student of another group       | 422",
            "a student twice                  | 400"})
    void scoresThatCannotStandAreRefusedAndNothingIsStored(String wrong, int status) throws Exception {
        UUID quiz = activity(1);
        List<Map<String, Object>> entries = new ArrayList<>(List.of(entry(students.get(0), "4.0"),
                entry(students.get(1), "4.0")));
        switch (wrong.trim()) {
            case "a score under the school's scale" -> entries.set(0, entry(students.get(0), "0.5"));
            case "a score over the seed's 5.0" -> entries.set(0, entry(students.get(0), "5.5"));
            case "two decimals" -> entries.set(0, entry(students.get(0), "3.25"));
            case "a student of another group" -> entries.add(entry(UUID.randomUUID(), "4.0"));
            case "a student twice" -> entries.add(entry(students.get(0), "3.0"));
            default -> throw new IllegalArgumentException(wrong);
        }
        fixture.asTeacher().body(Map.of("entries", entries)).put(scores(quiz)).then().statusCode(status)
                .contentType("application/problem+json");
        assertEquals(0, TestDatabase.count("select count(*) from academic.activity_scores where activity_id = ?", quiz));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "another teacher         | 403",
            "another school          | 404",
            "an unknown period       | 422",
            "a dimension nobody set  | 422",
            "a type nobody knows     | 400"})
    void anActivityThatCannotBeIsRefused(String wrong, int status) throws Exception {
        RequestSpecification caller = fixture.asTeacher();
        Map<String, Object> body = activityBody(1, null);
        switch (wrong.trim()) {
            case "another teacher" -> caller = fixture.asTeacher(Staff.teacher(school));
            case "another school" -> caller = coordinator(UUID.randomUUID());
            case "an unknown period" -> body = activityBody(7, null);
            case "a dimension nobody set" -> body = activityBody(1, "cognitivo");
            case "a type nobody knows" -> body = new HashMap<>(Map.of("period", 1, "type", "trivia",
                    "title", "Quiz", "weight", 20));
            default -> throw new IllegalArgumentException(wrong);
        }
        caller.body(body).post(activities()).then().statusCode(status);
        assertEquals(0, TestDatabase.count("select count(*) from academic.evaluation_activities where course_offering_id = ?",
                course));
    }

    @Test
    void whenTheYearHasDimensionsAnActivityBelongsToOne() {
        coordinator(school).body(Map.of("rules", Siee.with("dimensions", List.of(Map.of("name", "Cognitivo",
                        "percent", 60), Map.of("name", "Actitudinal", "percent", 40)))))
                .put("/api/v1/evaluation-system?school_year_id=" + year).then().statusCode(200);
        fixture.asTeacher().body(activityBody(1, null)).post(activities()).then().statusCode(422)
                .body("detail", containsString("cognitivo"));
        fixture.asTeacher().body(activityBody(1, "COGNITIVO")).post(activities()).then().statusCode(201)
                .body("dimension", equalTo("cognitivo"));
    }

    @Test
    void aRecoveryIsItsOwnRecordBesideTheScoresItRecovers() throws Exception {
        UUID quiz = activity(1);
        fixture.asTeacher().body(scores("4.5", "3.0", "2.0")).put(scores(quiz)).then().statusCode(200);
        fixture.asTeacher().body(Map.of("student_id", students.get(2).toString(), "period", 1, "kind", "superacion",
                        "score", 3.5, "note", "Taller de refuerzo"))
                .post(recoveries()).then().statusCode(201).body("kind", equalTo("superacion"))
                .body("score", equalTo(3.5f)).body("recorded_by", equalTo(teacher.toString()));
        fixture.asTeacher().get(recoveries() + "?student_id=" + students.get(2)).then().statusCode(200)
                .body("period", equalTo(List.of(1)));
        fixture.asTeacher().get(scores(quiz)).then()
                .body("scores.find { it.student_id == '" + students.get(2) + "' }.score", equalTo(2.0f))
                .body("superseded", hasSize(0));
        // by the default rule, a recovery that reaches the passing grade lifts the period grade to it
        fixture.asTeacher().get("/api/v1/course-offerings/" + course + "/grades").then()
                .body(student(2) + ".periods[0].grade.value", equalTo(3.0f))
                .body(student(2) + ".periods[0].grade.level", equalTo("basico"))
                .body(student(2) + ".periods[0].before_recovery.value", equalTo(2.0f))
                .body(student(0) + ".periods[0]", not(hasKey("before_recovery")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "a period not begun         | 409",
            "a student never in it      | 422",
            "a score under the scale    | 422",
            "a kind nobody knows        | 400",
            "another teacher            | 403"})
    void aRecoveryThatCannotBeIsRefusedAndNothingIsStored(String wrong, int status) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("student_id", students.get(0).toString(), "period", 1,
                "kind", "superacion", "score", 3.5));
        RequestSpecification caller = fixture.asTeacher();
        switch (wrong.trim()) {
            case "a period not begun" -> body.put("period", 2);
            case "a student never in it" -> body.put("student_id", UUID.randomUUID().toString());
            case "a score under the scale" -> body.put("score", 0.5);
            case "a kind nobody knows" -> body.put("kind", "repechaje");
            case "another teacher" -> caller = fixture.asTeacher(Staff.teacher(school));
            default -> throw new IllegalArgumentException(wrong);
        }
        caller.body(body).post(recoveries()).then().statusCode(status);
        assertEquals(0, TestDatabase.count("select count(*) from academic.recovery_results where course_offering_id = ?",
                course));
    }

    @Test
    void theCoursesGradesFollowTheScoresAsTheyStand() {
        UUID quiz = activity(1);
        UUID exam = UUID.fromString(fixture.asTeacher().body(Map.of("period", 1, "type", "exam", "title", "Examen",
                "weight", 60)).post(activities()).then().statusCode(201).extract().path("id"));
        fixture.asTeacher().body(scores("4.0", "3.0", "2.0")).put(scores(quiz)).then().statusCode(200);
        fixture.asTeacher().body(Map.of("entries", List.of(entry(students.get(0), "5.0"), entry(students.get(1), "2.5"))))
                .put(scores(exam)).then().statusCode(200);
        // quiz 20 and exam 60: (4.0 × 20 + 5.0 × 60) / 80 = 4.75 → 4.8; (3.0 × 20 + 2.5 × 60) / 80 = 2.625 → 2.6
        String grades = "/api/v1/course-offerings/" + course + "/grades";
        fixture.asTeacher().get(grades).then().statusCode(200)
                .body("students", hasSize(3))
                .body(student(0) + ".periods[0].grade.value", equalTo(4.8f))
                .body(student(0) + ".periods[0].grade.level", equalTo("superior"))
                .body(student(0) + ".year.value", equalTo(4.8f))
                .body(student(1) + ".periods[0].grade.value", equalTo(2.6f))
                .body(student(1) + ".periods[0].grade.level", equalTo("bajo"))
                .body(student(2) + ".periods[0].grade.value", equalTo(2.0f))
                .body(student(2) + ".periods[0].grade.pending", equalTo(true));
        fixture.asTeacher().body(Map.of("entries", List.of(entry(students.get(1), "3.5")))).put(scores(exam)).then()
                .statusCode(200);
        fixture.asTeacher().get(grades).then().body(student(1) + ".periods[0].grade.value", equalTo(3.4f));
    }

    @Test
    void anotherTeacherSeesNoneOfTheCoursesGrades() throws Exception {
        fixture.asTeacher(Staff.teacher(school)).get("/api/v1/course-offerings/" + course + "/grades").then()
                .statusCode(403);
        coordinator(UUID.randomUUID()).get("/api/v1/course-offerings/" + course + "/grades").then().statusCode(404);
    }

    @Test
    void theGroupsSheetHasEveryStudentByCourseAndByAreaWeighedByWeeklyHours() {
        UUID quiz = activity(1);
        fixture.asTeacher().body(scores("4.0", "3.0", "2.0")).put(scores(quiz)).then().statusCode(200);
        UUID geometry = course("MAT", "GEO", 2);
        UUID spanish = course("LEN", "ESP", 5);
        for (UUID other : List.of(geometry, spanish)) {
            String id = coordinator(school).body(activityBody(1, null)).post("/api/v1/course-offerings/" + other
                    + "/activities").then().statusCode(201).extract().path("id");
            coordinator(school).body(scores("5.0", "5.0", "1.0")).put(scores(UUID.fromString(id))).then()
                    .statusCode(200);
        }
        String sheet = "/api/v1/class-groups/" + fixture.classGroup() + "/grades?period=1";
        // mathematics: algebra 4.0 (4 hours) and geometry 5.0 (2 hours) → 4.3; language: 5.0
        coordinator(school).get(sheet).then().statusCode(200)
                .body("courses", hasSize(3))
                .body(student(0) + ".courses.find { it.course_offering_id == '" + course + "' }.grade.value",
                        equalTo(4.0f))
                .body(student(0) + ".areas", hasSize(2))
                .body(student(0) + ".areas.grade.value", containsInAnyOrder(4.3f, 5.0f))
                .body(student(2) + ".areas.grade.level", containsInAnyOrder("bajo", "bajo"));
        fixture.asTeacher().get(sheet).then().statusCode(403);
        coordinator(UUID.randomUUID()).get(sheet).then().statusCode(404);
    }

    @Test
    void aStudentsGradesShowEveryCourseToStaffAndOnlyTheirOwnToATeacher() throws Exception {
        UUID quiz = activity(1);
        fixture.asTeacher().body(scores("4.0", "3.0", "2.0")).put(scores(quiz)).then().statusCode(200);
        UUID spanish = course("LEN", "ESP", 5);
        String id = coordinator(school).body(activityBody(1, null)).post("/api/v1/course-offerings/" + spanish
                + "/activities").then().statusCode(201).extract().path("id");
        coordinator(school).body(scores("5.0", "5.0", "1.0")).put(scores(UUID.fromString(id))).then().statusCode(200);
        String mine = "/api/v1/student-grades/" + students.get(0) + "?school_year_id=" + year;
        coordinator(school).get(mine).then().statusCode(200)
                .body("courses", hasSize(2))
                .body("courses.find { it.course_offering_id == '" + spanish + "' }.year.value", equalTo(5.0f))
                .body("courses.find { it.course_offering_id == '" + course + "' }.periods[0].grade.value",
                        equalTo(4.0f))
                .body("areas.year.value", containsInAnyOrder(4.0f, 5.0f));
        fixture.asTeacher().get(mine).then().statusCode(200).body("courses.course_offering_id",
                equalTo(List.of(course.toString())));
        fixture.asTeacher(Staff.teacher(school)).get(mine).then().statusCode(404);
        coordinator(school).get("/api/v1/student-grades/" + UUID.randomUUID() + "?school_year_id=" + year).then()
                .statusCode(404);
    }

    private UUID course(String areaCode, String subjectCode, int weeklyHours) {
        UUID area = areaCode.equals("MAT") ? areaOfFixture() : AcademicApi.area(school, areaCode);
        return AcademicApi.create(school, "/api/v1/course-offerings", Map.of("class_group_id", fixture.classGroup().toString(),
                "subject_id", AcademicApi.subject(school, area, subjectCode).toString(), "weekly_hours", weeklyHours));
    }

    private UUID areaOfFixture() {
        String subject = coordinator(school).get("/api/v1/course-offerings/" + course).then().extract().path("subject_id");
        return UUID.fromString(coordinator(school).get("/api/v1/subjects/" + subject).then().extract().path("area_id"));
    }

    private String student(int n) {
        return "students.find { it.student_id == '" + students.get(n) + "' }";
    }

    private String recoveries() {
        return "/api/v1/course-offerings/" + course + "/recoveries";
    }

    private UUID activity(int period) {
        return UUID.fromString(fixture.asTeacher().body(activityBody(period, null)).post(activities()).then().statusCode(201)
                .extract().path("id"));
    }

    private static Map<String, Object> activityBody(int period, String dimension) {
        Map<String, Object> body = new HashMap<>(Map.of("period", period, "type", "quiz",
                "title", "Quiz de fracciones", "weight", 20, "due_on", "2027-03-01"));
        if (dimension != null) {
            body.put("dimension", dimension);
        }
        return body;
    }

    private String activities() {
        return "/api/v1/course-offerings/" + course + "/activities";
    }

    private static String scores(UUID activity) {
        return "/api/v1/activities/" + activity + "/scores";
    }

    private Map<String, Object> scores(String... values) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            entries.add(entry(students.get(i), values[i]));
        }
        return Map.of("entries", entries);
    }

    private static Map<String, Object> entry(UUID student, String score) {
        return Map.of("student_id", student.toString(), "score", Double.parseDouble(score));
    }
}
