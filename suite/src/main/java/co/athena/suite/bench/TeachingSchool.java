package co.athena.suite.bench;

import static co.athena.suite.bench.BenchData.created;
import static co.athena.suite.scenario.SchoolScenario.expect;

import co.athena.suite.client.Endpoints;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import co.athena.suite.scenario.SchoolScenario;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * A school set up for the academic benchmarks through the public APIs of the running suite: {@code teachers} groups
 * of grade 6, each with the {@code subjects} courses of its study plan given by one teacher, and {@code perGroup}
 * students in each group (imported, enrolled and activated through enrollment-service, so academic-service placed
 * them by its events), plus {@code spare} students imported but not enrolled.
 */
final class TeachingSchool {

    private static final int CLIENTS = 8;

    final SchoolScenario school;
    final List<Teacher> teachers = new ArrayList<>();
    final List<UUID> spareStudents;
    private final Endpoints at;
    private final SuiteHttp http;

    private TeachingSchool(SchoolScenario school, List<UUID> spareStudents, Endpoints at, SuiteHttp http) {
        this.school = school;
        this.spareStudents = spareStudents;
        this.at = at;
        this.http = http;
    }

    static TeachingSchool open(Endpoints at, SuiteHttp http, SignIn signIn, int teachers, int subjects, int perGroup,
                               int spare) throws Exception {
        SchoolScenario school = new SchoolScenario(at, http, signIn).open(List.of("secretary"));
        String rector = school.token("rector");
        List<UUID> groups = BenchData.gradeSixGroups(http, at, school, teachers,
                BenchData.subjects(http, at, rector, subjects, "B"));
        List<UUID> students = BenchData.importStudents(http, at, school, 7, teachers * perGroup + spare);
        TeachingSchool teaching = new TeachingSchool(school, students.subList(teachers * perGroup, students.size()),
                at, http);
        for (int t = 0; t < teachers; t++) {
            teaching.teachers.add(teaching.teacher(t, groups.get(t)));
        }
        BenchData.inParallel(CLIENTS, IntStream.range(0, teachers * perGroup).mapToObj(n -> (Callable<UUID>) () -> {
            UUID enrollment = teaching.enroll(students.get(n), 601 + n / perGroup);
            teaching.activate(enrollment);
            return enrollment;
        }).toList());
        for (Teacher teacher : teaching.teachers) {
            SchoolScenario.eventually(() -> http.get(at.student("/api/v1/students?limit=50"), teacher.token),
                    r -> r.status() == 200 && r.json().path("items").size() == perGroup,
                    "teacher " + teacher.key + " to read the " + perGroup + " students of their group");
        }
        return teaching;
    }

    /** Enrolled in the group of this code, waiting in review. */
    UUID enroll(UUID student, int group) {
        UUID enrollment = created(http.post(at.enrollment("/api/v1/enrollments"), school.token("secretary"), Map.of(
                "student_id", student.toString(), "school_year_id", school.schoolYearId.toString(),
                "grade_level", 6, "group_code", Integer.toString(group), "shift", "morning")));
        expect(200, http.post(transitions(enrollment), school.token("secretary"), Map.of("to", "in_review")));
        return enrollment;
    }

    void activate(UUID enrollment) {
        expect(200, http.post(transitions(enrollment), school.token("rector"), Map.of("to", "active")));
    }

    /** The whole class, one in ten absent. */
    static List<Map<String, String>> roll(List<String> students) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (int s = 0; s < students.size(); s++) {
            entries.add(Map.of("student_id", students.get(s), "status", s % 10 == 0 ? "absent" : "present"));
        }
        return entries;
    }

    /** Today's roll of every course taken, a whole class at a time. */
    void takeTodaysRolls() {
        for (Teacher teacher : teachers) {
            for (int c = 0; c < teacher.courses.size(); c++) {
                expect(201, http.post(at.academic("/api/v1/course-offerings/" + teacher.courses.get(c)
                        + "/attendance"), teacher.token, Map.of("class_date", SchoolScenario.today().toString(),
                        "entries", roll(teacher.students(c)))));
            }
        }
    }

    /** Period 2 (today's) opened, and a quiz in it for each course: each teacher's activities, course by course. */
    Map<Teacher, List<UUID>> quizzes() {
        expect(200, http.post(at.tenancy("/api/v1/school-years/" + school.schoolYearId + "/periods/2/transitions"),
                school.token("rector"), Map.of("to", "open")));
        Map<Teacher, List<UUID>> activities = new LinkedHashMap<>();
        for (Teacher teacher : teachers) {
            List<UUID> ids = new ArrayList<>();
            for (UUID course : teacher.courses) {
                ids.add(UUID.fromString(SchoolScenario.eventually(() -> http.post(at.academic(
                                "/api/v1/course-offerings/" + course + "/activities"), teacher.token, Map.of("period", 2,
                                "type", "quiz", "title", "Quiz", "weight", 20)), r -> r.status() == 201,
                        "academic-service to learn that period 2 is open").json().path("id").asText()));
            }
            activities.put(teacher, ids);
        }
        return activities;
    }

    private URI transitions(UUID enrollment) {
        return at.enrollment("/api/v1/enrollments/" + enrollment + "/transitions");
    }

    /** A teacher signed in, given the courses of one group (once academic-service knows them as a teacher). */
    private Teacher teacher(int n, UUID group) {
        String key = "teacher" + n;
        school.addMember(school.token("rector"), key, "teacher");
        String token = school.signInAs(key);
        List<UUID> courses = new ArrayList<>();
        expect(200, http.get(at.academic("/api/v1/course-offerings?limit=50&class_group_id=" + group),
                token)).json().path("items").forEach(c -> courses.add(UUID.fromString(c.path("id").asText())));
        for (UUID course : courses) {
            SchoolScenario.eventually(() -> http.post(at.academic("/api/v1/course-offerings/" + course
                    + "/assignments"), school.token("rector"), Map.of("teacher_id", school.users.get(key).toString(),
                    "starts_on", school.yearStartsOn.toString())), r -> r.status() == 201,
                    "academic-service to know " + key);
        }
        return new Teacher(key, token, courses);
    }

    /** A teacher: their token, their group's courses, and (read once) the students of each course's roster. */
    final class Teacher {

        final String key;
        final String token;
        final List<UUID> courses;
        private final Map<Integer, List<String>> rosters = new LinkedHashMap<>();

        Teacher(String key, String token, List<UUID> courses) {
            this.key = key;
            this.token = token;
            this.courses = courses;
        }

        synchronized List<String> students(int course) {
            return rosters.computeIfAbsent(course, c -> {
                List<String> ids = new ArrayList<>();
                expect(200, http.get(at.academic("/api/v1/course-offerings/" + courses.get(c) + "/roster"), token))
                        .json().forEach(m -> ids.add(m.path("student_id").asText()));
                return ids;
            });
        }
    }
}
