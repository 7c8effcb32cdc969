package co.athena.suite.bench;

import static co.athena.suite.scenario.SchoolScenario.expect;

import co.athena.suite.client.Endpoints;
import co.athena.suite.client.Reply;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import co.athena.suite.scenario.SampleFiles;
import co.athena.suite.scenario.SchoolScenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The data and the one-off measurements of {@code bench/run}, through the public APIs of a running
 * suite: {@code schools} schools of {@code students} students each (CSV import, two guardians a row)
 * all enrolled; the import, SIMAT export and event latencies timed; then the wrk scripts and pgbench
 * files of the load scenarios written to {@code work}, with fresh tokens. Every loop is bounded.
 * <p>
 * Arguments: keys-folder port-offset schools students work-folder
 */
public final class BenchData {

    private static final int CLIENTS = 8;
    private static final int LATENCY_SAMPLES = 200;
    /** A district school's size (the import's cap): its search is measured beside the others'. */
    static final int DISTRICT_STUDENTS = 20_000;
    private static final String[] NAMES = {"José", "María", "Sofía", "Andrés", "Valentina", "Santiago", "Isabella",
            "Matías", "Lucía", "Sebastián", "Camila", "Nicolás", "Mariana", "Tomás", "Gabriela", "Julián"};
    private static final String[] SURNAMES = {"Muñoz", "Rodríguez", "Gómez", "Peña", "Núñez", "Martínez", "López",
            "Hernández", "García", "Pérez", "Sánchez", "Ramírez", "Cárdenas", "Ibáñez", "Zúñiga", "Vélez", "Ríos"};
    static final List<String> SEARCH_WORDS = List.of("munoz", "jose", "sofia", "pena", "nunez", "gomez",
            "ramirez", "zuniga", "velez", "rios");

    private final Endpoints at;
    private final SuiteHttp http = new SuiteHttp();
    private final SignIn signIn;
    private final Path work;
    private final Facts facts;
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    private final LongAdder unavailable = new LongAdder();

    private BenchData(Path keys, int offset, Path work) {
        this.at = new Endpoints(offset);
        this.signIn = new SignIn(keys, at, http);
        this.work = work;
        this.facts = new Facts(work.resolve("facts.tsv"));
    }

    public static void main(String[] args) throws Exception {
        BenchData bench = new BenchData(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[4]));
        try {
            bench.run(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } finally {
            bench.clients.shutdownNow();
        }
    }

    private void run(int schoolCount, int students) throws Exception {
        long seeding = System.nanoTime();
        List<School> schools = parallel(IntStream.range(0, schoolCount)
                .mapToObj(n -> (Callable<School>) () -> school(n, students)).toList());
        List<Double> imports = schools.stream().map(s -> s.importSeconds).sorted().toList();
        facts.add("seed_seconds", seconds(seeding));
        facts.add("seed_unavailable", unavailable.sum());
        facts.add("import_rows", students);
        facts.add("import_seconds_median", imports.get(imports.size() / 2));
        facts.add("import_seconds_max", imports.get(imports.size() - 1));
        awaitHistory(schools);
        facts.add("seed_and_events_seconds", seconds(seeding));

        isolatedImport(schoolCount);
        SchoolScenario district = district(schoolCount + 1);
        School probe = schools.get(Math.min(2, schools.size() - 1));
        eventLatencies(probe);
        simatExport(schools.get(Math.min(1, schools.size() - 1)));
        writeLoadScripts(schools, district);
    }

    /** One school: staff, a year, its students imported from a CSV, every one of them enrolled. */
    private School school(int n, int students) {
        SchoolScenario s = new SchoolScenario(at, http, signIn).open(List.of("secretary"));
        long started = System.nanoTime();
        // eight schools import at once beside the enrollments: each import a job, as a front end would follow it
        importAsJob(s, csv(n, students), "the import of school " + n);
        double importSeconds = seconds(started);
        List<UUID> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = expect(200, http.get(at.student("/api/v1/students?limit=200"
                    + (cursor == null ? "" : "&cursor=" + cursor)), s.token("secretary"))).json();
            page.path("items").forEach(item -> ids.add(UUID.fromString(item.path("id").asText())));
            cursor = page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        List<UUID> enrollments = new ArrayList<>();
        for (UUID student : ids) {
            s.studentId = student;
            enrollments.add(created(retryingUnavailable(s::requestEnrollment)));
        }
        return new School(s, ids, enrollments, importSeconds);
    }

    /**
     * The answer, asked again after a pause while it is a 503: the API's word that nothing changed and to retry
     * later, which a client seeding this hard (eight imports beside the enrollments on two cores) meets when a
     * call between services times out. Counted for the report.
     */
    private Reply retryingUnavailable(Supplier<Reply> request) {
        for (int attempt = 1; ; attempt++) {
            Reply reply = request.get();
            if (reply.status() != 503 || attempt == 5) {
                return reply;
            }
            unavailable.increment();
            pause(500L * attempt);
        }
    }

    /** The import goal: one 5,000-row file into a new school, nothing else running. */
    private void isolatedImport(int schoolCount) {
        SchoolScenario s = new SchoolScenario(at, http, signIn).open(List.of());
        byte[] csv = csv(schoolCount, 5000);
        long started = System.nanoTime();
        expect(200, http.send(HttpRequest.newBuilder(at.student("/api/v1/students/imports"))
                .header("Authorization", "Bearer " + s.token("rector")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)), "POST import"));
        facts.add("import_5000_seconds", seconds(started));
    }

    /** A school of {@link #DISTRICT_STUDENTS}, imported as a job (an import that large always is one). */
    private SchoolScenario district(int csvSchool) {
        SchoolScenario s = new SchoolScenario(at, http, signIn).open(List.of("secretary"));
        long started = System.nanoTime();
        importAsJob(s, csv(csvSchool, DISTRICT_STUDENTS), "the district school's import");
        facts.add("import_district_seconds", seconds(started));
        facts.add("district_students", DISTRICT_STUDENTS);
        return s;
    }

    /** A CSV imported as a job ({@code Prefer: respond-async}), followed to its end. */
    private void importAsJob(SchoolScenario school, byte[] csv, String what) {
        Reply accepted = expect(202, http.send(HttpRequest.newBuilder(at.student("/api/v1/students/imports"))
                .header("Authorization", "Bearer " + school.token("secretary")).header("Content-Type", "text/csv")
                .header("Prefer", "respond-async").POST(HttpRequest.BodyPublishers.ofByteArray(csv)), "POST import"));
        URI job = at.student(URI.create(accepted.header("Location")).getPath());
        JsonNode ended = SchoolScenario.eventually(() -> expect(200, http.get(job, school.token("secretary"))).json(),
                view -> !view.path("status").asText().equals("running"), what, Duration.ofMinutes(5));
        if (!ended.path("status").asText().equals("succeeded")) {
            throw new IllegalStateException(what + " failed: " + ended);
        }
    }

    /** Every enrollment's creation reached student-service (the last one of each school, in order per school). */
    private void awaitHistory(List<School> schools) {
        for (School school : schools) {
            UUID last = school.students.get(school.students.size() - 1);
            SchoolScenario.eventually(() -> http.get(at.student("/api/v1/students/" + last + "/enrollment-history"),
                    school.scenario.token("secretary")), r -> r.status() == 200 && r.json().size() > 0,
                    "the enrollment history of school " + school.scenario.schoolId);
        }
    }

    /**
     * Transition → history row in student-service, and activation → SIMAT status in enrollment-service:
     * {@value #LATENCY_SAMPLES} of each, one at a time, polled every 2 ms (the resolution of the figure).
     */
    private void eventLatencies(School school) {
        String token = school.scenario.token("secretary");
        String rector = school.scenario.token("rector");
        List<Double> history = new ArrayList<>();
        List<Double> simat = new ArrayList<>();
        for (int i = 0; i < Math.min(LATENCY_SAMPLES, school.enrollments.size()); i++) {
            UUID enrollment = school.enrollments.get(i);
            UUID student = school.students.get(i);
            URI transitions = at.enrollment("/api/v1/enrollments/" + enrollment + "/transitions");
            long moved = System.nanoTime();
            expect(200, http.post(transitions, token, Map.of("to", "in_review")));
            poll(() -> http.get(at.student("/api/v1/students/" + student + "/enrollment-history"), token).text()
                    .contains("\"in_review\""));
            history.add(seconds(moved) * 1000);
            long activated = System.nanoTime();
            expect(200, http.post(transitions, rector, Map.of("to", "active")));
            poll(() -> http.get(at.enrollment("/api/v1/enrollments/" + enrollment), token).text()
                    .contains("\"simat_status\":\"pending_enrollment\""));
            simat.add(seconds(activated) * 1000);
        }
        facts.percentiles("event_history_ms", history);
        facts.percentiles("event_simat_ms", simat);
    }

    /**
     * Every student of one school characterized as SIMAT asks and every enrollment activated, then the Anexo 6A's
     * dry run and the export itself timed (all 54 columns).
     */
    private void simatExport(School school) throws Exception {
        parallel(school.students.stream().map(id -> (Callable<Void>) () -> {
            expect(200, http.patch(at.student("/api/v1/students/" + id), school.scenario.token("secretary"),
                    Map.of("characterization", SchoolScenario.CHARACTERIZATION,
                            "sensitive_data", SchoolScenario.SENSITIVE_DATA), null));
            return null;
        }).toList());
        parallel(school.enrollments.stream().map(id -> (Callable<Void>) () -> {
            URI transitions = at.enrollment("/api/v1/enrollments/" + id + "/transitions");
            Reply review = http.post(transitions, school.scenario.token("secretary"), Map.of("to", "in_review"));
            if (review.status() != 200 && review.status() != 409) { // 409: the latency probe moved it already
                expect(200, review);
            }
            Reply active = http.post(transitions, school.scenario.token("rector"), Map.of("to", "active"));
            if (active.status() != 200 && active.status() != 409) {
                expect(200, active);
            }
            return null;
        }).toList());
        for (UUID id : school.enrollments) { // the SIMAT status follows each activation's event
            SchoolScenario.eventually(() -> http.get(at.enrollment("/api/v1/enrollments/" + id),
                    school.scenario.token("secretary")).text(), t -> t.contains("\"simat_status\":\"pending_enrollment\""),
                    "the SIMAT status of enrollment " + id);
        }
        long checked = System.nanoTime();
        JsonNode check = school.scenario.checkSimat();
        facts.add("export_check_seconds", seconds(checked));
        facts.add("export_check_refused", check.path("refused").size());
        long started = System.nanoTime();
        Reply export = school.scenario.exportSimat();
        facts.add("export_seconds", seconds(started));
        facts.add("export_rows", export.text().lines().count() - 1); // the Anexo 6A file itself, a header line first
    }

    private void writeLoadScripts(List<School> schools, SchoolScenario district) throws IOException {
        School first = schools.get(0);
        String token = signIn.token(first.scenario.email("secretary"), first.scenario.schoolId);
        String ids = first.students.stream().limit(200).map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        String words = SEARCH_WORDS.stream().map(w -> "\"" + w.replace(" ", "%20") + "\"")
                .collect(Collectors.joining(","));
        lua("search", token, "local words = {" + words + "}\n",
                "\"/api/v1/students?limit=50&q=\" .. words[math.random(#words)]");
        lua("search_district", signIn.token(district.email("secretary"), district.schoolId),
                "local words = {" + words + "}\n", "\"/api/v1/students?limit=50&q=\" .. words[math.random(#words)]");
        lua("get", token, "local ids = {" + ids + "}\n", "\"/api/v1/students/\" .. ids[math.random(#ids)]");
        lua("list", token, "", "\"/api/v1/enrollments?limit=50\"");

        // transitions: each request moves a different enrollment of schools 4.. on to in_review; the targets
        // (token number, enrollment) sit in a file, too many for one Lua table constructor
        List<School> movers = schools.subList(Math.min(4, schools.size() - 1), schools.size());
        StringBuilder tokens = new StringBuilder("local tokens = {");
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < movers.size(); i++) {
            School school = movers.get(i);
            tokens.append('"').append(signIn.token(school.scenario.email("secretary"), school.scenario.schoolId))
                    .append("\",");
            for (UUID id : school.enrollments) {
                targets.append(i + 1).append(' ').append(id).append('\n');
            }
        }
        Files.writeString(work.resolve("transition.targets"), targets);
        Files.writeString(work.resolve("transition.lua"), tokens + "}\nlocal targets = {}\n"
                + "for line in io.lines(\"" + work.resolve("transition.targets") + "\") do\n"
                + "  local token, id = line:match(\"(%d+) (%S+)\")\n"
                + "  targets[#targets + 1] = {tonumber(token), id}\nend\n" + """
                local n = tonumber(os.getenv("WRK_OFFSET") or "0")
                request = function()
                  n = n + 1
                  local t = targets[((n - 1) % #targets) + 1]
                  return wrk.format("POST", "/api/v1/enrollments/" .. t[2] .. "/transitions",
                    {["Authorization"] = "Bearer " .. tokens[t[1]], ["Content-Type"] = "application/json"},
                    '{"to":"in_review"}')
                end
                """ + DONE);

        String upstream = signIn.upstreamToken(first.scenario.email("secretary"));
        Files.writeString(work.resolve("exchange.lua"), "wrk.method = \"POST\"\nwrk.path = \"/api/v1/auth/token\"\nwrk.body = '{\"school_id\":\""
                + first.scenario.schoolId + "\"}'\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.headers[\"Authorization\"] = \"Bearer " + upstream + "\"\n" + DONE);

        String boundary = "athena-bench";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"boletin.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(SampleFiles.pdf("Boletin final grado 5 - benchmark"));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Files.write(work.resolve("upload.body"), body.toByteArray());
        School uploads = schools.get(Math.min(3, schools.size() - 1));
        String uploadIds = uploads.enrollments.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        Files.writeString(work.resolve("upload.lua"), "local ids = {" + uploadIds + "}\n"
                + "local f = io.open(\"" + work.resolve("upload.body") + "\", \"rb\")\nlocal body = f:read(\"*all\")\n"
                + "f:close()\nlocal n = tonumber(os.getenv(\"WRK_OFFSET\") or \"0\")\nrequest = function()\n  n = n + 1\n"
                + "  return wrk.format(\"PUT\", \"/api/v1/enrollments/\" .. ids[((n - 1) % #ids) + 1] .. "
                + "\"/documents/report_card\",\n    {[\"Authorization\"] = \"Bearer "
                + signIn.token(uploads.scenario.email("secretary"), uploads.scenario.schoolId)
                + "\", [\"Content-Type\"] = \"multipart/form-data; boundary=" + boundary + "\"}, body)\nend\n" + DONE);

        PgbenchFiles.write(work, first.scenario.schoolId, district.schoolId, first.students.subList(0, Math.min(200, first.students.size())),
                movers.get(0).scenario.schoolId, movers.get(0).enrollments, SignIn.subject(first.scenario.email("secretary")));
    }

    static final String DONE = """
            done = function(summary, latency, requests)
              io.write(string.format("errors: %d non-2xx, %d socket\\n", summary.errors.status,
                summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
            end
            """;

    private void lua(String name, String token, String prelude, String path) throws IOException {
        Files.writeString(work.resolve(name + ".lua"), prelude + "request = function()\n  return wrk.format(\"GET\", "
                + path + ", {[\"Authorization\"] = \"Bearer " + token + "\"})\nend\n" + DONE);
    }

    /** A school's CSV: students with one guardian each; names with accents, documents unique per school. */
    static byte[] csv(int school, int rows) {
        Random random = new Random(school);
        StringBuilder csv = new StringBuilder("document_type;document_number;first_name;second_name;first_surname;"
                + "second_surname;birth_date;gender;guardian1_document_type;guardian1_document_number;"
                + "guardian1_full_name;guardian1_relationship\n");
        for (int n = 0; n < rows; n++) {
            csv.append(String.join(";", "TI", Long.toString(1_000_000_000L + school * 100_000L + n),
                    pick(random, NAMES), random.nextBoolean() ? pick(random, NAMES) : "", pick(random, SURNAMES),
                    pick(random, SURNAMES), String.format(Locale.ROOT, "201%d-%02d-%02d", random.nextInt(6),
                            1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextBoolean() ? "F" : "M", "CC",
                    Long.toString(50_000_000L + school * 100_000L + n), "Acudiente " + n, "madre")).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Imports {@code count} students of the CSV of {@code csvSchool} into the school; their ids, page by page. */
    static List<UUID> importStudents(SuiteHttp http, Endpoints at, SchoolScenario school, int csvSchool, int count) {
        expect(200, http.send(HttpRequest.newBuilder(at.student("/api/v1/students/imports"))
                .header("Authorization", "Bearer " + school.token("secretary")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv(csvSchool, count))), "POST import"));
        List<UUID> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = expect(200, http.get(at.student("/api/v1/students?limit=200"
                    + (cursor == null ? "" : "&cursor=" + cursor)), school.token("secretary"))).json();
            page.path("items").forEach(item -> ids.add(UUID.fromString(item.path("id").asText())));
            cursor = page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    /** {@code count} subjects (codes {@code prefix}0, {@code prefix}1, …), each in one of Ley 115's areas. */
    static List<UUID> subjects(SuiteHttp http, Endpoints at, String rector, int count, String prefix) {
        JsonNode areas = expect(200, http.post(at.academic("/api/v1/academic-areas/ley-general"), rector, Map.of()))
                .json();
        List<UUID> subjects = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            subjects.add(created(http.post(at.academic("/api/v1/subjects"), rector, Map.of("area_id",
                    areas.get(s).path("id").asText(), "code", prefix + s, "name", "Asignatura " + s))));
        }
        return subjects;
    }

    /**
     * {@code count} groups of grade 6 (601, 602, …) with a study plan of {@code subjects} at 4 weekly hours, and the
     * year's courses generated from it; the groups' ids.
     */
    static List<UUID> gradeSixGroups(SuiteHttp http, Endpoints at, SchoolScenario school, int count,
                                     List<UUID> subjects) {
        String rector = school.token("rector");
        List<UUID> groups = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            groups.add(created(http.post(at.academic("/api/v1/class-groups"), rector, Map.of("school_year_id",
                    school.schoolYearId.toString(), "grade_level", 6, "code", Integer.toString(601 + g),
                    "shift", "morning", "capacity", 45))));
        }
        expect(201, http.post(at.academic("/api/v1/study-plans"), rector, Map.of("school_year_id",
                school.schoolYearId.toString(), "grade_level", 6, "subjects", subjects.stream()
                        .map(s -> Map.of("subject_id", s.toString(), "weekly_hours", 4)).toList())));
        expect(200, http.post(at.academic("/api/v1/course-offerings/generation"), rector,
                Map.of("school_year_id", school.schoolYearId.toString())));
        return groups;
    }

    /** The tasks on {@code clients} threads; their results in order. */
    static <T> List<T> inParallel(int clients, List<Callable<T>> tasks) throws Exception {
        ExecutorService few = Executors.newFixedThreadPool(clients);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : few.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            few.shutdownNow();
        }
    }

    /** The id of what a 201 made. */
    static UUID created(Reply reply) {
        return UUID.fromString(expect(201, reply).json().path("id").asText());
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : clients.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }

    /** Polls every 2 ms, at most 30 s. */
    static void poll(BooleanSupplier done) {
        poll(done, 2, 30);
    }

    /** Polls every {@code everyMillis}, at most {@code atMostSeconds}. */
    static void poll(BooleanSupplier done, long everyMillis, long atMostSeconds) {
        long deadline = System.nanoTime() + atMostSeconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done after " + atMostSeconds + " s");
            }
            pause(everyMillis);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private record School(SchoolScenario scenario, List<UUID> students, List<UUID> enrollments, double importSeconds) {
    }
}
