package co.athena.suite.bench;

import static co.athena.suite.scenario.SchoolScenario.expect;

import co.athena.suite.bench.TeachingSchool.Teacher;
import co.athena.suite.client.Endpoints;
import co.athena.suite.client.Reply;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import co.athena.suite.scenario.SchoolScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code bench/academic}: a school of {@value #TEACHERS} teachers, each giving the {@value #SUBJECTS} courses of
 * one group of {@value #PER_GROUP} students (every student enrolled and activated through enrollment-service),
 * then, through the public APIs of the running suite: taking each course's roll (a whole class in one request)
 * with every teacher at once, correcting whole rolls for a while at the same concurrency, a teacher's reads of
 * their students (student-service) and of a course roster (academic-service), and the lag from an enrollment's
 * activation to the student being readable by the group's teacher.
 * <p>
 * Arguments: keys-folder port-offset seconds-per-load
 */
public final class AcademicBench {

    private static final int TEACHERS = 20;
    private static final int SUBJECTS = 6;
    private static final int PER_GROUP = 40;
    private static final int LAG_SAMPLES = 50;

    private final Endpoints at;
    private final SuiteHttp http = new SuiteHttp();
    private final SignIn signIn;
    private final int seconds;
    private final ExecutorService pool = Executors.newFixedThreadPool(TEACHERS);
    private final Map<String, String> results = new LinkedHashMap<>();

    private AcademicBench(Path keys, int offset, int seconds) {
        this.at = new Endpoints(offset);
        this.signIn = new SignIn(keys, at, http);
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        AcademicBench bench = new AcademicBench(Path.of(args[0]), Integer.parseInt(args[1]),
                args.length > 2 ? Integer.parseInt(args[2]) : 20);
        try {
            bench.run();
        } finally {
            bench.pool.shutdownNow();
        }
        bench.results.forEach((name, value) -> System.out.println("| " + name + " | " + value + " |"));
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        TeachingSchool teaching = TeachingSchool.open(at, http, signIn, TEACHERS, SUBJECTS, PER_GROUP, LAG_SAMPLES);
        List<Teacher> teachers = teaching.teachers;
        results.put("set-up: " + TEACHERS + " groups × " + PER_GROUP + " students enrolled and activated, "
                + TEACHERS + " teachers × " + SUBJECTS + " courses", String.format(Locale.ROOT, "%.0f s",
                BenchData.seconds(started)));

        takeRolls(teachers);
        correctRolls(teachers);
        gradeClasses(teaching, teachers);
        load("a teacher lists their students (`GET /api/v1/students?limit=50`, student-service)", teachers,
                teacher -> http.get(at.student("/api/v1/students?limit=50"), teacher.token));
        load("a teacher reads a course roster (`GET /api/v1/course-offerings/{id}/roster`, academic-service)",
                teachers, teacher -> http.get(at.academic("/api/v1/course-offerings/" + teacher.courses.get(0)
                        + "/roster"), teacher.token));
        // last: the probes join the first teacher's group
        activationLag(teaching, teachers.get(0));
    }

    /**
     * Activation answered → the student readable by the teacher of the group in student-service (through
     * enrollment-service's outbox, academic-service's roster, its outbox and student-service's read model), one
     * at a time, polled every 2 ms (the figure's resolution).
     */
    private void activationLag(TeachingSchool teaching, Teacher teacher) {
        List<Double> lags = new ArrayList<>();
        for (UUID student : teaching.spareStudents) {
            UUID enrollment = teaching.enroll(student, 601);
            long activated = System.nanoTime();
            teaching.activate(enrollment);
            BenchData.poll(() -> http.get(at.student("/api/v1/students/" + student), teacher.token).status() == 200);
            lags.add(BenchData.seconds(activated) * 1000);
        }
        results.put("activation → student readable by the group's teacher, p50 / p99 (" + lags.size()
                + " activations, one at a time; goal p99 < 1 s)", percentiles(lags));
    }

    /** Every teacher takes the roll of today's class of each of their courses (a whole class each), all at once. */
    private void takeRolls(List<Teacher> teachers) throws Exception {
        String today = SchoolScenario.today().toString();
        Measured measured = measured(teachers, teacher -> {
            List<Double> samples = new ArrayList<>();
            for (int c = 0; c < teacher.courses.size(); c++) {
                Map<String, Object> body = Map.of("class_date", today, "entries", TeachingSchool.roll(teacher.students(c)));
                long sent = System.nanoTime();
                expect(201, http.post(at.academic("/api/v1/course-offerings/" + teacher.courses.get(c)
                        + "/attendance"), teacher.token, body));
                samples.add(BenchData.seconds(sent) * 1000);
            }
            return samples;
        });
        results.put("take a class's roll (" + PER_GROUP + " students, one request), " + TEACHERS
                + " teachers at once, " + measured.samples.size() + " rolls: req/s, p50 / p99", measured.summary());
    }

    /** Whole-roll corrections (every student's record replaced) by every teacher at once, for the load's time. */
    private void correctRolls(List<Teacher> teachers) throws Exception {
        String today = SchoolScenario.today().toString();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        Measured measured = measured(teachers, teacher -> {
            List<Double> samples = new ArrayList<>();
            for (int n = 0; System.nanoTime() < until; n++) {
                int course = n % teacher.courses.size();
                String status = n / teacher.courses.size() % 2 == 0 ? "late" : "present";
                List<Map<String, String>> entries = new ArrayList<>();
                teacher.students(course).forEach(s -> entries.add(Map.of("student_id", s, "status", status)));
                long sent = System.nanoTime();
                expect(200, http.post(at.academic("/api/v1/course-offerings/" + teacher.courses.get(course)
                        + "/attendance/" + today + "/corrections"), teacher.token, Map.of("reason", "revisión",
                        "entries", entries)));
                samples.add(BenchData.seconds(sent) * 1000);
            }
            return samples;
        });
        results.put("correct a whole roll (" + PER_GROUP + " records replaced, one request), " + TEACHERS
                + " teachers at once for " + seconds + " s: req/s, p50 / p99", measured.summary());
    }

    /**
     * The period of today opened (announced to academic-service), then every teacher grading their classes at once:
     * an activity per course, and its scores for the whole class in one request, again and again for the load's
     * time (each time a change of every score, which keeps the one it replaces).
     */
    private void gradeClasses(TeachingSchool teaching, List<Teacher> teachers) throws Exception {
        Map<Teacher, List<UUID>> activities = teaching.quizzes();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        Measured measured = measured(teachers, teacher -> {
            List<Double> samples = new ArrayList<>();
            for (int n = 0; System.nanoTime() < until; n++) {
                int course = n % teacher.courses.size();
                String score = n / teacher.courses.size() % 2 == 0 ? "4.0" : "3.5";
                List<Map<String, Object>> entries = new ArrayList<>();
                teacher.students(course).forEach(s -> entries.add(Map.of("student_id", s, "score", score)));
                long sent = System.nanoTime();
                expect(200, http.put(at.academic("/api/v1/activities/" + activities.get(teacher).get(course)
                        + "/scores"), teacher.token, Map.of("entries", entries)));
                samples.add(BenchData.seconds(sent) * 1000);
            }
            return samples;
        });
        results.put("grade a class (" + PER_GROUP + " scores, one request), " + TEACHERS + " teachers at once for "
                + seconds + " s: req/s, p50 / p99", measured.summary());
    }

    private void load(String what, List<Teacher> teachers, Function<Teacher, Reply> request) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        Measured measured = measured(teachers, teacher -> {
            List<Double> samples = new ArrayList<>();
            while (System.nanoTime() < until) {
                long sent = System.nanoTime();
                expect(200, request.apply(teacher));
                samples.add(BenchData.seconds(sent) * 1000);
            }
            return samples;
        });
        results.put(what + ", " + TEACHERS + " teachers at once for " + seconds + " s: req/s, p50 / p99",
                measured.summary());
    }

    private Measured measured(List<Teacher> teachers, Function<Teacher, List<Double>> work) throws Exception {
        long started = System.nanoTime();
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> future : pool.invokeAll(teachers.stream()
                .map(t -> (Callable<List<Double>>) () -> work.apply(t)).toList())) {
            all.addAll(future.get());
        }
        return new Measured(all, BenchData.seconds(started));
    }

    private static String percentiles(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%.1f / %.1f ms", at(sorted, 0.50), at(sorted, 0.99));
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private record Measured(List<Double> samples, double seconds) {

        String summary() {
            return String.format(Locale.ROOT, "%.0f req/s, %s", samples.size() / seconds, percentiles(samples));
        }
    }
}
