package co.athena.academic.rest;

import co.athena.academic.CourseOf601;
import co.athena.academic.Periods;
import co.athena.academic.Siee;
import co.athena.academic.Staff;
import co.athena.shared.events.AttendanceAlertEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.as;
import static co.athena.academic.AcademicApi.coordinator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Attendance, on a course of group 601 with three students and its teacher, and a first period of two weeks
 * (2026-11-02 to 2026-11-15: with 2 weekly hours, 4 classes).
 */
@QuarkusTest
class AttendanceTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-02");
    private static final Duration BOUND = Duration.ofSeconds(30);

    private UUID school;
    private UUID year;
    private UUID course;
    private UUID teacher;
    private List<UUID> students;
    private CourseOf601 fixture;

    @BeforeEach
    void courseOf601WithThreeStudentsAndItsTeacher() throws Exception {
        fixture = CourseOf601.withWeeklyHours(2);
        school = fixture.school();
        year = fixture.year();
        course = fixture.course();
        teacher = fixture.teacherId();
        students = fixture.students();
        Periods.open(school, year, 1, MONDAY, LocalDate.parse("2026-11-15"));
        Periods.open(school, year, 2, LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-29"));
    }

    @Test
    void theTeacherTakesTheWholeRollInOneRequest() {
        fixture.asTeacher().body(roll(MONDAY, "absent", "present", "late")).post(attendance()).then().statusCode(201)
                .header("Location", containsString("/attendance/2026-11-02"))
                .body("records", hasSize(3));
        coordinator(school).get(attendance() + "/2026-11-02").then().statusCode(200)
                .body("records.find { it.student_id == '" + students.get(0) + "' }.status", equalTo("absent"))
                .body("records.find { it.student_id == '" + students.get(2) + "' }.status", equalTo("late"))
                .body("records[0].recorded_by", equalTo(teacher.toString()))
                .body("superseded", hasSize(0));
    }

    @Test
    void aRollTakenTwiceIsAConflictAndChangesNothing() {
        fixture.asTeacher().body(roll(MONDAY, "present", "present", "present")).post(attendance()).then().statusCode(201);
        fixture.asTeacher().body(roll(MONDAY, "absent", "absent", "absent")).post(attendance()).then().statusCode(409)
                .body("detail", containsString("corrections"));
        assertEquals(0, records("status = 'absent'"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "one student left out      | 422",
            "a student of another group | 422",
            "a student twice           | 400",
            "a class not held yet      | 422",
            "a date in no period       | 422",
            "a status nobody knows     | 400"})
    void aRollThatIsNotTheWholeClassIsRefusedAndStoresNothing(String wrong, int status) {
        LocalDate date = MONDAY;
        List<Map<String, Object>> entries = new ArrayList<>(entries("present", "present", "present"));
        switch (wrong.trim()) {
            case "one student left out" -> entries.remove(2);
            case "a student of another group" -> entries.add(entry(UUID.randomUUID(), "present"));
            case "a student twice" -> entries.set(2, entry(students.get(0), "absent"));
            case "a class not held yet" -> date = LocalDate.now().plusDays(2);
            case "a date in no period" -> date = LocalDate.parse("2026-10-20");
            case "a status nobody knows" -> entries.set(0, entry(students.get(0), "asleep"));
            default -> throw new IllegalArgumentException(wrong);
        }
        fixture.asTeacher().body(Map.of("class_date", date.toString(), "entries", entries)).post(attendance()).then()
                .statusCode(status).contentType("application/problem+json");
        assertEquals(0, records("true"));
    }

    @ParameterizedTest(name = "{0} takes the roll: {1}")
    @CsvSource({"another teacher, 403", "secretary, 403", "coordinator, 201", "rector, 201"})
    void onlyTheCoursesTeacherOrStaffWhoSeeEveryCourseTakeTheRoll(String who, int status) throws Exception {
        RequestSpecification caller = switch (who) {
            case "another teacher" -> fixture.asTeacher(Staff.teacher(school));
            default -> as(school, who);
        };
        caller.body(roll(MONDAY, "present", "present", "present")).post(attendance()).then().statusCode(status);
        assertEquals(status == 201 ? 3 : 0, records("true"));
    }

    @Test
    void anotherSchoolSeesNoSuchCourse() {
        coordinator(UUID.randomUUID()).body(roll(MONDAY, "present", "present", "present")).post(attendance()).then()
                .statusCode(404);
        coordinator(UUID.randomUUID()).get(attendance() + "/2026-11-02").then().statusCode(404);
    }

    @Test
    void aCorrectionReplacesTheRecordAndKeepsWhoWhenAndWhy() {
        fixture.asTeacher().body(roll(MONDAY, "absent", "present", "present")).post(attendance()).then().statusCode(201);
        UUID ana = students.get(0);
        fixture.asTeacher().body(Map.of("reason", "llegó con excusa médica", "entries", List.of(entry(ana, "excused"),
                        entry(students.get(1), "present"))))
                .post(attendance() + "/2026-11-02/corrections").then().statusCode(200)
                .body("records.find { it.student_id == '" + ana + "' }.status", equalTo("excused"))
                .body("records.find { it.student_id == '" + ana + "' }.correction_reason",
                        equalTo("llegó con excusa médica"))
                .body("records.find { it.student_id == '" + students.get(1) + "' }.correction_reason", nullValue())
                .body("superseded", hasSize(1))
                .body("superseded[0].status", equalTo("absent"))
                .body("superseded[0].recorded_by", equalTo(teacher.toString()));
        assertEquals(4, records("true"), "nothing deleted: the replaced record stays beside its replacement");
    }

    @Test
    void aCorrectionThatChangesNoRecordIsAnsweredAndWritesNothing() {
        fixture.asTeacher().body(roll(MONDAY, "absent", "present", "present")).post(attendance()).then().statusCode(201);
        fixture.asTeacher().body(Map.of("reason", "revisión", "entries", List.of(entry(students.get(0), "absent"))))
                .post(attendance() + "/2026-11-02/corrections").then().statusCode(200)
                .body("records", hasSize(3))
                .body("superseded", hasSize(0));
        assertEquals(3, records("true"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "no reason                  | 400",
            "a class with no roll       | 404",
            "a student not on the roll  | 422"})
    void aCorrectionThatCannotApplyIsRefusedAndChangesNothing(String wrong, int status) {
        fixture.asTeacher().body(roll(MONDAY, "absent", "present", "present")).post(attendance()).then().statusCode(201);
        String date = wrong.trim().equals("a class with no roll") ? "2026-11-03" : "2026-11-02";
        UUID student = wrong.trim().equals("a student not on the roll") ? UUID.randomUUID() : students.get(0);
        Map<String, Object> body = wrong.trim().equals("no reason") ? Map.of("entries", List.of(entry(student, "present")))
                : Map.of("reason", "error al pasar lista", "entries", List.of(entry(student, "present")));
        fixture.asTeacher().body(body).post(attendance() + "/" + date + "/corrections").then().statusCode(status);
        assertEquals(3, records("true"));
        assertEquals(1, records("status = 'absent'"));
    }

    @Test
    void absencesAreCountedPerStudentAgainstThePeriodsClasses() {
        fixture.asTeacher().body(roll(MONDAY, "absent", "present", "excused")).post(attendance()).then().statusCode(201);
        fixture.asTeacher().body(roll(MONDAY.plusDays(1), "absent", "late", "present")).post(attendance()).then().statusCode(201);
        coordinator(school).get("/api/v1/course-offerings/" + course + "/absences?period=1").then().statusCode(200)
                .body("classes_held", equalTo(2))
                .body("classes", equalTo(4))
                .body("threshold_percent", equalTo(25.0f))
                .body("students.find { it.student_id == '" + students.get(0) + "' }.absent", equalTo(2))
                .body("students.find { it.student_id == '" + students.get(0) + "' }.absence_percent", equalTo(50.0f))
                .body("students.find { it.student_id == '" + students.get(0) + "' }.reaches_threshold", equalTo(true))
                .body("students.find { it.student_id == '" + students.get(2) + "' }.excused", equalTo(1))
                .body("students.find { it.student_id == '" + students.get(2) + "' }.absence_percent", equalTo(0.0f));
        coordinator(school).get("/api/v1/course-offerings/" + course + "/absences?period=2").then().statusCode(200)
                .body("classes_held", equalTo(0)).body("students", hasSize(0));
        coordinator(school).get("/api/v1/course-offerings/" + course + "/absences?period=7").then().statusCode(422);
        coordinator(school).get("/api/v1/course-offerings/" + course + "/absences").then().statusCode(400);
    }

    @Test
    void aStudentReachingTheThresholdIsAnnouncedOncePerCourseAndPeriod() throws Exception {
        coordinator(school).body(Map.of("rules", Siee.with("absence_threshold_percent", 50)))
                .put("/api/v1/evaluation-system?school_year_id=" + year).then().statusCode(200)
                .body("rules.absence_threshold_percent", equalTo(50));
        UUID ana = students.get(0);
        try (TopicProbe probe = TopicProbe.of(AttendanceAlertEvent.TOPIC)) {
            fixture.asTeacher().body(roll(MONDAY, "absent", "present", "present")).post(attendance()).then().statusCode(201);
            assertEquals(0, alerts(ana), "1 of 4 classes is 25 %, under 50 %");
            fixture.asTeacher().body(roll(MONDAY.plusDays(1), "absent", "present", "present")).post(attendance()).then()
                    .statusCode(201);
            fixture.asTeacher().body(roll(MONDAY.plusDays(2), "absent", "present", "present")).post(attendance()).then()
                    .statusCode(201);
            fixture.asTeacher().body(Map.of("reason", "revisión", "entries", List.of(entry(ana, "present"))))
                    .post(attendance() + "/2026-11-04/corrections").then().statusCode(200);
            fixture.asTeacher().body(Map.of("reason", "revisión", "entries", List.of(entry(ana, "absent"))))
                    .post(attendance() + "/2026-11-04/corrections").then().statusCode(200);

            JsonNode alert = new ObjectMapper().readTree(probe.await(1, r -> r.value().contains(ana.toString()), BOUND)
                    .get(0).value());
            assertEquals(course.toString(), alert.path("course_offering_id").asText());
            assertEquals(1, alert.path("period_number").asInt());
            assertEquals(2, alert.path("absences").asInt());
            assertEquals(4, alert.path("classes").asInt());
            assertEquals(50.0, alert.path("absence_percent").asDouble());
            assertEquals(1, alerts(ana), "announced once, though the student stayed above the threshold");
            assertEquals(0, alerts(students.get(1)));
        }
    }

    @Test
    void aDateOfADeletedPeriodIsInNoPeriod() {
        UUID period = UUID.randomUUID();
        LocalDate from = LocalDate.parse("2026-10-05");
        Periods.send(period, Periods.event(school, year, period, 3, from, from.plusDays(13), "draft", false, 0));
        Periods.awaitVersion(period, 0);
        fixture.asTeacher().body(roll(from, "present", "present", "present")).post(attendance()).then().statusCode(201);
        Periods.send(period, Periods.event(school, year, period, 3, from, from.plusDays(13), "draft", true, 1));
        Periods.awaitVersion(period, 1);
        fixture.asTeacher().body(roll(from.plusDays(1), "present", "present", "present")).post(attendance()).then()
                .statusCode(422).body("detail", containsString("no academic period"));
        assertEquals(3, records("true"));
    }

    private String attendance() {
        return "/api/v1/course-offerings/" + course + "/attendance";
    }

    private Map<String, Object> roll(LocalDate date, String... statuses) {
        return Map.of("class_date", date.toString(), "entries", entries(statuses));
    }

    private List<Map<String, Object>> entries(String... statuses) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            entries.add(entry(students.get(i), statuses[i]));
        }
        return entries;
    }

    private static Map<String, Object> entry(UUID student, String status) {
        return Map.of("student_id", student.toString(), "status", status);
    }

    private long records(String condition) {
        try {
            return TestDatabase.count("select count(*) from academic.attendance_records where course_offering_id = ? and "
                    + condition, course);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long alerts(UUID student) throws Exception {
        return TestDatabase.count("select count(*) from academic.attendance_alerts where course_offering_id = ? "
                + "and student_id = ?", course, student);
    }
}
