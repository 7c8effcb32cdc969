package co.athena.suite.bench;

import static co.athena.suite.scenario.SchoolScenario.expect;

import co.athena.suite.bench.StatementLog.Transaction;
import co.athena.suite.bench.TeachingSchool.Teacher;
import co.athena.suite.client.Endpoints;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import co.athena.suite.scenario.SchoolScenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * bench/run's academic scenarios, on the running suite. {@code set-up}: a {@link TeachingSchool} of {@value #TEACHERS}
 * groups with their {@value #SUBJECTS} courses each, today's rolls taken and a quiz per course graded once; then, per
 * course, wrk's scripts for reading its roster, correcting its whole roll and changing its quiz's scores (a whole
 * class per request, each request changing every record). {@code capture <scenario>}, right before pgbench runs it:
 * the twins, one request per course sent with PostgreSQL logging every statement, each request's transaction read
 * back from the log ({@link StatementLog}) and written as a script ({@link TwinScript}), so a twin is exactly what
 * academic-service sent, whoever wrote it, against the records as wrk's load left them.
 * <p>
 * Arguments: keys-folder port-offset work-folder (set-up | capture roster|attendance|grading)
 */
public final class AcademicTwins {

    private static final int TEACHERS = 10;
    private static final int SUBJECTS = 6;
    private static final int PER_GROUP = 40;
    private static final String ROLE = "academic_app";
    private static final String TARGETS = "academic.targets";

    private final Endpoints at;
    private final SuiteHttp http = new SuiteHttp();
    private final SignIn signIn;
    private final int offset;
    private final Path work;
    private final List<Course> courses = new ArrayList<>();

    private AcademicTwins(Path keys, int offset, Path work) {
        this.at = new Endpoints(offset);
        this.signIn = new SignIn(keys, at, http);
        this.offset = offset;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        AcademicTwins twins = new AcademicTwins(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        if (args[3].equals("set-up")) {
            twins.setUp();
        } else {
            twins.courses.addAll(Files.readAllLines(twins.work.resolve(TARGETS)).stream().map(Course::parse).toList());
            twins.capture(args[4]);
        }
    }

    private void setUp() throws Exception {
        TeachingSchool teaching = TeachingSchool.open(at, http, signIn, TEACHERS, SUBJECTS, PER_GROUP, 0);
        teaching.takeTodaysRolls();
        Map<Teacher, List<UUID>> quizzes = teaching.quizzes();
        String today = SchoolScenario.today().toString();
        for (Teacher teacher : teaching.teachers) {
            // a fresh token: the load runs right after this
            String token = signIn.token(teaching.school.email(teacher.key), teaching.school.schoolId);
            for (int c = 0; c < teacher.courses.size(); c++) {
                Course course = new Course(teacher.courses.get(c), quizzes.get(teacher).get(c), token,
                        teacher.students(c), today);
                expect(200, http.put(at.academic(course.scores()), token, Map.of("entries", course.students.stream()
                        .map(s -> Map.of("student_id", s, "score", "3.0")).toList())));
                courses.add(course);
            }
        }
        Files.write(work.resolve(TARGETS), courses.stream().map(Course::line).toList());
        writeLoadScripts();
    }

    private void writeLoadScripts() throws IOException {
        String targets = courses.stream().map(c -> "  {\"" + c.token + "\", \"" + c.id + "\", \"" + c.quiz + "\", \""
                + c.today + "\", {" + c.students.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","))
                + "}}").collect(Collectors.joining(",\n"));
        String prelude = "local courses = {\n" + targets + "\n}\nlocal n = tonumber(os.getenv(\"WRK_OFFSET\") or \"0\")\n"
                + "local function headers(c)\n  return {[\"Authorization\"] = \"Bearer \" .. c[1], "
                + "[\"Content-Type\"] = \"application/json\"}\nend\n";
        Files.writeString(work.resolve("roster.lua"), prelude + """
                request = function()
                  n = n + 1
                  local c = courses[(n - 1) % #courses + 1]
                  return wrk.format("GET", "/api/v1/course-offerings/" .. c[2] .. "/roster", headers(c))
                end
                """ + BenchData.DONE);
        // every request changes every record: the status alternates and each note is new
        Files.writeString(work.resolve("attendance.lua"), prelude + """
                request = function()
                  n = n + 1
                  local c = courses[(n - 1) % #courses + 1]
                  local status = (n % 2 == 0) and "late" or "present"
                  local entries = {}
                  for i, s in ipairs(c[5]) do
                    entries[i] = '{"student_id":"' .. s .. '","status":"' .. status .. '","note":"' .. n .. '"}'
                  end
                  return wrk.format("POST", "/api/v1/course-offerings/" .. c[2] .. "/attendance/" .. c[4] .. "/corrections",
                    headers(c), '{"reason":"revision","entries":[' .. table.concat(entries, ",") .. ']}')
                end
                """ + BenchData.DONE);
        // every request changes every score: 40 values in turn
        Files.writeString(work.resolve("grading.lua"), prelude + """
                request = function()
                  n = n + 1
                  local c = courses[(n - 1) % #courses + 1]
                  local score = string.format("%.1f", 1 + (n % 40) / 10)
                  local entries = {}
                  for i, s in ipairs(c[5]) do
                    entries[i] = '{"student_id":"' .. s .. '","score":"' .. score .. '"}'
                  end
                  return wrk.format("PUT", "/api/v1/activities/" .. c[3] .. "/scores", headers(c),
                    '{"entries":[' .. table.concat(entries, ",") .. ']}')
                end
                """ + BenchData.DONE);
    }

    /** One request of this kind per course, with every statement logged; each one's transaction as a twin. */
    private void capture(String scenario) throws Exception {
        Path log = work.getParent().resolve("logs/postgresql.log");
        long from = Files.size(log);
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + (55432 + offset)
                + "/athena", "postgres", "")) {
            logStatements(admin, true);
            try {
                courses.forEach(course -> send(course, scenario));
            } finally {
                logStatements(admin, false);
            }
        }
        List<Transaction> sent = new ArrayList<>();
        BenchData.poll(() -> {
            sent.clear();
            sent.addAll(StatementLog.transactions(tail(log, from), ROLE));
            return courses.stream().allMatch(c -> twin(c, scenario, sent) != null);
        }, 100, 30);
        Path folder = Files.createDirectories(work.resolve(scenario));
        for (int c = 0; c < courses.size(); c++) {
            Files.writeString(folder.resolve(String.format("%02d.sql", c)),
                    TwinScript.of(twin(courses.get(c), scenario, sent), !scenario.equals("roster")));
        }
    }

    /** A request that changes every record whatever wrk sent before it: a note and a score wrk's load never sends. */
    private void send(Course course, String scenario) {
        switch (scenario) {
            case "roster" -> expect(200, http.get(at.academic("/api/v1/course-offerings/" + course.id + "/roster"),
                    course.token));
            case "attendance" -> expect(200, http.post(at.academic(course.corrections()), course.token, Map.of("reason",
                    "revision", "entries", course.students.stream().map(s -> Map.of("student_id", s, "status", "late",
                            "note", "captured")).toList())));
            case "grading" -> expect(200, http.put(at.academic(course.scores()), course.token, Map.of("entries",
                    course.students.stream().map(s -> Map.of("student_id", s, "score", "5.0")).toList())));
            default -> throw new IllegalArgumentException("no academic scenario " + scenario);
        }
    }

    /** The course's request of this kind (roster read, roll correction, scores change), if the log has it yet. */
    private static Transaction twin(Course course, String scenario, List<Transaction> sent) {
        return sent.stream().filter(t -> switch (scenario) {
            case "roster" -> t.mentions(course.id.toString()) && t.mentions("class_group_enrollments")
                    && !t.mentions("attendance_records") && !t.mentions("activity_scores");
            case "attendance" -> t.mentions(course.id.toString()) && t.insertsInto("attendance_records");
            default -> t.mentions(course.quiz.toString()) && t.insertsInto("activity_scores");
        }).findFirst().orElse(null);
    }

    /** Every statement logged with its transaction, or back to the server's settings. */
    private static void logStatements(Connection admin, boolean on) throws SQLException {
        try (Statement sql = admin.createStatement()) {
            sql.execute(on ? "alter system set log_statement = 'all'" : "alter system reset log_statement");
            sql.execute(on ? "alter system set log_line_prefix = '" + StatementLog.LINE_PREFIX + "'"
                    : "alter system reset log_line_prefix");
            sql.execute("select pg_reload_conf()");
        }
        // the reload reaches every backend at once: this one seeing it means the services' see it too
        BenchData.poll(() -> {
            try (Statement sql = admin.createStatement(); ResultSet shown = sql.executeQuery("show log_statement")) {
                return shown.next() && shown.getString(1).equals("all") == on;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, 20, 10);
    }

    /** What the log gained since {@code from} (bytes): only this capture's lines are read, however long it is. */
    private static String tail(Path log, long from) {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(from);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Course(UUID id, UUID quiz, String token, List<String> students, String today) {

        static Course parse(String line) {
            String[] fields = line.split(" ");
            return new Course(UUID.fromString(fields[0]), UUID.fromString(fields[1]), fields[2],
                    List.of(fields[4].split(",")), fields[3]);
        }

        String line() {
            return id + " " + quiz + " " + token + " " + today + " " + String.join(",", students);
        }

        String corrections() {
            return "/api/v1/course-offerings/" + id + "/attendance/" + today + "/corrections";
        }

        String scores() {
            return "/api/v1/activities/" + quiz + "/scores";
        }
    }
}
