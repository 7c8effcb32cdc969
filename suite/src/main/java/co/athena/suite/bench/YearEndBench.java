package co.athena.suite.bench;

import static co.athena.suite.bench.BenchData.created;
import static co.athena.suite.scenario.SchoolScenario.expect;

import co.athena.suite.client.Endpoints;
import co.athena.suite.client.Reply;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import co.athena.suite.scenario.SchoolScenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * {@code bench/year-end}: a school of {@value #GROUPS} groups × {@value #PER_GROUP} students (2,000, every one
 * enrolled and activated through enrollment-service) in {@value #SUBJECTS} courses each, graded for the period that
 * runs today; then, through the public APIs of the running suite: the period's close until every report card is
 * built, their publication (every student's PDF and every group's stored in S3), academic-service's peak RSS
 * meanwhile, the year's promotions computed and confirmed, and the rollover into next year (dry run, then for real,
 * then again: nothing new).
 * <p>
 * Arguments: athena-home port-offset
 */
public final class YearEndBench {

    private static final int GROUPS = 50;
    private static final int PER_GROUP = 40;
    private static final int SUBJECTS = 6;
    private static final int CLIENTS = 8;

    private final Endpoints at;
    private final SuiteHttp http = new SuiteHttp();
    private final SignIn signIn;
    private final Path home;
    private final Map<String, String> results = new LinkedHashMap<>();

    private YearEndBench(Path home, int offset) {
        this.home = home;
        this.at = new Endpoints(offset);
        this.signIn = new SignIn(home.resolve("keys"), at, http);
    }

    public static void main(String[] args) throws Exception {
        YearEndBench bench = new YearEndBench(Path.of(args[0]), Integer.parseInt(args[1]));
        bench.run();
        System.out.println();
        bench.results.forEach((name, value) -> System.out.println("| " + name + " | " + value + " |"));
    }

    /** Kept for the table at the end, and printed at once: a later failure loses no figure. */
    private void record(String name, String value) {
        results.put(name, value);
        System.out.println(name + ": " + value);
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        SchoolScenario school = new SchoolScenario(at, http, signIn).open(List.of("secretary", "coordinator"));
        String rector = school.token("rector");
        List<UUID> subjects = BenchData.subjects(http, at, rector, SUBJECTS, "Y");
        List<UUID> groups = BenchData.gradeSixGroups(http, at, school, GROUPS, subjects);
        List<UUID> students = BenchData.importStudents(http, at, school, 11, GROUPS * PER_GROUP);
        BenchData.inParallel(CLIENTS, IntStream.range(0, students.size()).mapToObj(n -> (Callable<Void>) () -> {
            UUID enrollment = created(http.post(at.enrollment("/api/v1/enrollments"), school.token("secretary"),
                    Map.of("student_id", students.get(n).toString(), "school_year_id", school.schoolYearId.toString(),
                            "grade_level", 6, "group_code", Integer.toString(601 + n / PER_GROUP), "shift",
                            "morning")));
            URI transitions = at.enrollment("/api/v1/enrollments/" + enrollment + "/transitions");
            expect(200, http.post(transitions, school.token("secretary"), Map.of("to", "in_review")));
            expect(200, http.post(transitions, rector, Map.of("to", "active")));
            return null;
        }).toList());
        Map<UUID, List<UUID>> courses = new LinkedHashMap<>();
        for (UUID group : groups) {
            List<UUID> ofGroup = new ArrayList<>();
            expect(200, http.get(at.academic("/api/v1/course-offerings?limit=50&class_group_id=" + group), rector))
                    .json().path("items").forEach(c -> ofGroup.add(UUID.fromString(c.path("id").asText())));
            courses.put(group, ofGroup);
            SchoolScenario.eventually(() -> http.get(at.academic("/api/v1/class-groups/" + group + "/roster"), rector),
                    r -> r.status() == 200 && r.json().size() == PER_GROUP, "group " + group + "'s roster");
        }
        grade(school, courses);
        record("set-up: " + GROUPS + " groups × " + PER_GROUP + " students enrolled and activated, "
                + GROUPS * SUBJECTS + " courses graded", String.format(Locale.ROOT, "%.0f s",
                BenchData.seconds(started)));

        yearEnd(school, groups);
    }

    private void yearEnd(SchoolScenario school, List<UUID> groups) throws Exception {
        String rector = school.token("rector");
        String coordinator = school.token("coordinator");
        Path pidFile = home.resolve("run/academic-service.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        AtomicLong peak = new AtomicLong();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(rssMegabytes(pid), Math::max);
                BenchData.pause(100);
            }
        });
        sampler.start();
        long closed = System.nanoTime();
        expect(200, http.post(at.tenancy("/api/v1/school-years/" + school.schoolYearId + "/periods/2/transitions"),
                rector, Map.of("to", "closed")));
        for (UUID group : groups) {
            BenchData.poll(() -> {
                Reply cards = http.get(at.academic("/api/v1/report-cards?period=2&class_group_id=" + group), rector);
                return cards.status() == 200 && cards.json().size() == PER_GROUP;
            }, 200, 600);
        }
        double built = BenchData.seconds(closed);
        long publishing = System.nanoTime();
        JsonNode publication = expect(200, http.post(at.academic("/api/v1/report-cards/publications"), coordinator,
                Map.of("school_year_id", school.schoolYearId.toString(), "period", 2))).json();
        double published = BenchData.seconds(publishing);
        sampling.set(false);
        sampler.join();
        if (publication.path("published").asInt() != GROUPS * PER_GROUP) {
            throw new IllegalStateException("published " + publication);
        }
        record("period closed → all " + GROUPS * PER_GROUP + " report cards built (drafts)",
                String.format(Locale.ROOT, "%.1f s", built));
        record("publication: " + GROUPS * PER_GROUP + " student PDFs + " + GROUPS + " group PDFs stored in S3, "
                + "cards published and announced (one request)", String.format(Locale.ROOT, "%.1f s", published));
        record("close → every PDF stored (goal < 2 min)",
                String.format(Locale.ROOT, "%.1f s", built + published));
        record("academic-service peak RSS meanwhile (sampled every 100 ms)", peak.get() + " MB");

        Map<String, String> year = Map.of("school_year_id", school.schoolYearId.toString());
        long computing = System.nanoTime();
        expect(200, http.post(at.academic("/api/v1/promotions/computations"), coordinator, year));
        double computed = BenchData.seconds(computing);
        long confirming = System.nanoTime();
        JsonNode decisions = expect(200, http.post(at.academic("/api/v1/promotions/confirmations"), coordinator,
                year)).json();
        record("promotions of " + decisions.size() + " students computed / confirmed", String.format(Locale.ROOT,
                "%.1f s / %.1f s", computed, BenchData.seconds(confirming)));

        UUID nextYear = created(http.post(at.tenancy("/api/v1/school-years"), rector, Map.of("name",
                "Año lectivo " + (school.year + 1), "starts_on", school.yearEndsOn.plusDays(60).toString(),
                "ends_on", school.yearEndsOn.plusDays(360).toString())));
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int g = 0; g < GROUPS; g++) {
            String code = Integer.toString(701 + g);
            created(http.post(at.academic("/api/v1/class-groups"), rector, Map.of("school_year_id",
                    nextYear.toString(), "grade_level", 7, "code", code, "shift", "morning", "capacity", 45)));
            mapping.put(Integer.toString(601 + g), code);
        }
        Map<String, Object> rollover = new LinkedHashMap<>(Map.of("from_school_year_id",
                school.schoolYearId.toString(), "to_school_year_id", nextYear.toString(), "promoted_groups", mapping));
        List<String> timings = new ArrayList<>();
        for (boolean dryRun : List.of(true, false, false)) {
            rollover.put("dry_run", dryRun);
            long sent = System.nanoTime();
            JsonNode report = expect(200, http.post(at.enrollment("/api/v1/enrollments/rollovers"),
                    school.token("secretary"), rollover)).json();
            timings.add(String.format(Locale.ROOT, "%.1f s (%d enrolled, %d skipped)", BenchData.seconds(sent),
                    report.path("enrolled").asInt(), report.path("skipped").asInt()));
        }
        record("rollover of " + GROUPS * PER_GROUP + " students: dry run / for real / again (goal < 30 s)",
                String.join(" / ", timings));
    }

    private static long rssMegabytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quiz per course in the period of today, graded for the whole class: 2.0 to 5.0 across the group. */
    private void grade(SchoolScenario school, Map<UUID, List<UUID>> courses) throws Exception {
        String coordinator = school.token("coordinator");
        expect(200, http.post(at.tenancy("/api/v1/school-years/" + school.schoolYearId + "/periods/2/transitions"),
                school.token("rector"), Map.of("to", "open")));
        List<Callable<Void>> tasks = new ArrayList<>();
        courses.forEach((group, ofGroup) -> ofGroup.forEach(course -> tasks.add(() -> {
            UUID quiz = UUID.fromString(SchoolScenario.eventually(() -> http.post(at.academic(
                            "/api/v1/course-offerings/" + course + "/activities"), coordinator, Map.of("period", 2,
                            "type", "quiz", "title", "Evaluación", "weight", 100)), r -> r.status() == 201,
                    "academic-service to learn that period 2 is open").json().path("id").asText());
            List<Map<String, Object>> entries = new ArrayList<>();
            JsonNode roster = expect(200, http.get(at.academic("/api/v1/course-offerings/" + course + "/roster"),
                    coordinator)).json();
            for (int s = 0; s < roster.size(); s++) {
                entries.add(Map.of("student_id", roster.get(s).path("student_id").asText(), "score",
                        2.0 + (s % 31) / 10.0));
            }
            expect(200, http.put(at.academic("/api/v1/activities/" + quiz + "/scores"), coordinator,
                    Map.of("entries", entries)));
            return null;
        })));
        BenchData.inParallel(CLIENTS, tasks);
    }

}
