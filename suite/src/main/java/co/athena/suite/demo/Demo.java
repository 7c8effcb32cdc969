package co.athena.suite.demo;

import co.athena.suite.client.Endpoints;
import co.athena.suite.client.Reply;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@code ./athena demo}: one school's enrollment from the first call to the SIMAT file, through the
 * public REST APIs only, as the front end and staff would drive them. Each step prints what it did;
 * the first one that does not do what it should stops the demo with exit status 1.
 */
public final class Demo {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final List<String> UPLOADED = List.of("birth_certificate", "identity_document", "report_card");
    private static final List<String> CONSENTS = List.of("habeas_data", "tratamiento_datos");

    private final Endpoints at;
    private final SuiteHttp http;
    private final SignIn signIn;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L);
    private int step;

    private Demo(Path keys, int portOffset) {
        this.at = new Endpoints(portOffset);
        this.http = new SuiteHttp();
        this.signIn = new SignIn(keys, at, http);
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path keys = Path.of(args.length > 0 ? args[0] : ".athena/keys");
        int offset = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Demo demo = new Demo(keys, offset);
        try {
            demo.run();
            System.out.println("\nDemo passed: every step did what it should.");
        } catch (RuntimeException e) {
            System.out.println("  FAILED: " + e.getMessage());
            System.err.println("athena demo: step " + demo.step + " failed");
            System.exit(1);
        }
    }

    private void run() {
        String platform = step("The superadmin signs in (platform token, no school)",
                () -> signIn.token("admin@athena.local", null));

        String nit = validNit();
        JsonNode school = step("The superadmin creates a school with NIT " + nit, () -> expect(201,
                http.post(at.tenancy("/api/v1/schools"), platform, Map.of(
                        "name", "Institución Educativa Demo " + run, "nit", nit, "dane_code", dane(),
                        "city", "Medellín", "department", "Antioquia")))).json();
        UUID schoolId = UUID.fromString(school.path("id").asText());
        say("school " + schoolId + " (" + school.path("nit").asText() + ")");

        String adminInSchool = signIn.token("admin@athena.local", schoolId);
        String rectorEmail = "rector." + run + "@demo.athena.local";
        step("The superadmin creates the rector " + rectorEmail + " and makes them rector of the school", () -> {
            createMember(adminInSchool, rectorEmail, "Rectora Demo", "rector");
            return null;
        });
        // identity-service learns of the new school from tenancy's event, a moment after its creation
        String rector = step("The rector signs in to the school", () -> eventually(
                () -> signIn.exchange(rectorEmail, schoolId), r -> r.status() == 200,
                "identity-service to know the new school")).json().path("access_token").asText();

        step("The rector sets SIMAT codes, the habeas data text and the required documents", () -> {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("simat_settings", Map.of("dane_code", school.path("dane_code").asText(), "sede_code", "1"));
            settings.put("habeas_data_text", "Autorizo el tratamiento de los datos personales del estudiante "
                    + "conforme a la Ley 1581 de 2012.");
            settings.put("required_documents", new ArrayList<>(concat(UPLOADED, CONSENTS)));
            return expect(200, http.patch(at.tenancy("/api/v1/school/settings"), rector, settings, null));
        });

        int year = LocalDate.now().getYear() + 1;
        JsonNode schoolYear = step("The rector opens school year " + year + " with four periods", () -> {
            JsonNode created = expect(201, http.post(at.tenancy("/api/v1/school-years"), rector, Map.of(
                    "name", "Año lectivo " + year, "starts_on", year + "-01-20", "ends_on", year + "-11-30"))).json();
            String path = "/api/v1/school-years/" + created.path("id").asText();
            String[][] periods = {{"01-20", "03-31"}, {"04-01", "06-15"}, {"07-01", "09-15"}, {"09-16", "11-30"}};
            for (int n = 1; n <= periods.length; n++) {
                expect(201, http.post(at.tenancy(path + "/periods"), rector, Map.of("number", n, "name",
                        "Periodo " + n, "starts_on", year + "-" + periods[n - 1][0],
                        "ends_on", year + "-" + periods[n - 1][1])));
            }
            return expect(200, http.post(at.tenancy(path + "/transitions"), rector, Map.of("to", "active"),
                    quoted(created.path("version").asLong()))).json();
        });
        UUID yearId = UUID.fromString(schoolYear.path("id").asText());
        check(schoolYear.path("status").asText().equals("active"), "the year is " + schoolYear.path("status"));

        String secretaryEmail = "secretaria." + run + "@demo.athena.local";
        String coordinatorEmail = "coordinador." + run + "@demo.athena.local";
        step("The rector adds a secretary and a coordinator", () -> {
            createMember(rector, secretaryEmail, "Secretaria Demo", "secretary");
            createMember(rector, coordinatorEmail, "Coordinador Demo", "coordinator");
            return null;
        });
        String secretary = signIn.token(secretaryEmail, schoolId);
        String coordinator = signIn.token(coordinatorEmail, schoolId);

        String documentNumber = "1" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        JsonNode student = step("The secretary registers a student (TI " + documentNumber + ") with two guardians",
                () -> expect(201, http.post(at.student("/api/v1/students"), secretary, Map.of(
                        "document_type", "TI", "document_number", documentNumber,
                        "first_name", "Sofía", "second_name", "Valentina",
                        "first_surname", "Muñoz", "second_surname", "Peña",
                        "birth_date", (year - 12) + "-03-14", "gender", "F",
                        "guardians", List.of(
                                guardian("CC", "43" + run.substring(0, 6), "Lucía Peña Restrepo", "madre", true, 1),
                                guardian("CC", "71" + run.substring(0, 6), "Andrés Muñoz Gil", "padre", false, 2)))))
                        .json());
        UUID studentId = UUID.fromString(student.path("id").asText());
        JsonNode guardians = expect(200, http.get(at.student("/api/v1/students/" + studentId + "/guardians"),
                secretary)).json();
        check(guardians.size() == 2, "the student has " + guardians.size() + " guardians, not 2");

        JsonNode enrollment = step("The secretary enrolls her in grade 6, group 601, morning shift",
                () -> expect(201, http.post(at.enrollment("/api/v1/enrollments"), secretary, Map.of(
                        "student_id", studentId.toString(), "school_year_id", yearId.toString(),
                        "grade_level", 6, "group_code", "601", "shift", "morning"))).json());
        UUID enrollmentId = UUID.fromString(enrollment.path("id").asText());
        check(enrollment.path("status").asText().equals("pending_documents"),
                "a new enrollment is " + enrollment.path("status"));
        String documents = "/api/v1/enrollments/" + enrollmentId + "/documents/";

        step("The secretary uploads the birth certificate (PDF), identity card (PNG) and report card (PDF)", () -> {
            upload(secretary, documents, "birth_certificate", "registro-civil.pdf",
                    SampleFiles.pdf("Registro civil de nacimiento - " + documentNumber));
            upload(secretary, documents, "identity_document", "tarjeta-identidad.png", SampleFiles.png());
            upload(secretary, documents, "report_card", "boletin.pdf", SampleFiles.pdf("Boletin final grado 5"));
            return null;
        });

        UUID mother = UUID.fromString(guardians.get(0).path("is_primary").asBoolean()
                ? guardians.get(0).path("id").asText() : guardians.get(1).path("id").asText());
        step("The mother accepts the habeas data and data-processing consents (recorded by the secretary)", () -> {
            for (String consent : CONSENTS) {
                expect(201, http.post(at.documents(documents + consent + "/acceptance"), secretary,
                        Map.of("guardian_id", mother.toString())));
            }
            return null;
        });

        step("The coordinator approves the three documents", () -> {
            for (String type : UPLOADED) {
                expect(200, http.post(at.documents(documents + type + "/validation"), coordinator,
                        Map.of("status", "approved", "note", "Legible y vigente")));
            }
            JsonNode checklist = expect(200, http.get(at.documents(documents.substring(0, documents.length() - 1)),
                    coordinator)).json();
            check(checklist.path("complete").asBoolean(), "the checklist is not complete: " + checklist);
            return null;
        });

        JsonNode inReview = step("The enrollment moves to in_review by itself (documents checklist event)",
                () -> eventually(() -> expect(200, http.get(at.enrollment("/api/v1/enrollments/" + enrollmentId),
                        secretary)).json(), e -> e.path("status").asText().equals("in_review"),
                        "the enrollment to reach in_review"));

        step("The rector activates the enrollment", () -> {
            JsonNode active = expect(200, http.post(at.enrollment("/api/v1/enrollments/" + enrollmentId
                    + "/transitions"), rector, Map.of("to", "active", "reason", "Matrícula aprobada"),
                    quoted(inReview.path("version").asLong()))).json();
            check(active.path("status").asText().equals("active"), "the enrollment is " + active.path("status"));
            return active;
        });

        step("The student's enrollment history shows every status", () -> eventually(
                () -> expect(200, http.get(at.student("/api/v1/students/" + studentId + "/enrollment-history"),
                        secretary)).json(),
                history -> statuses(history).equals(List.of("pending_documents", "in_review", "active")),
                "the history to read pending_documents → in_review → active"));

        step("SIMAT sync marks the enrollment as a pending new enrollment", () -> eventually(
                () -> expect(200, http.get(at.enrollment("/api/v1/enrollments/" + enrollmentId), secretary)).json(),
                e -> e.path("simat_status").asText().equals("pending_enrollment"),
                "simat_status to be pending_enrollment"));

        Reply export = step("The secretary downloads the Anexo 6A export (latin-1, ';')", () -> expect(201,
                http.post(at.enrollment("/api/v1/simat/exports"), secretary,
                        Map.of("school_year_id", yearId.toString()))));
        String csv = new String(export.body(), StandardCharsets.ISO_8859_1);
        check(String.valueOf(export.header("Content-Type")).toLowerCase().contains("iso-8859-1"),
                "the export's content type is " + export.header("Content-Type"));
        String row = csv.lines().filter(line -> line.contains(";" + documentNumber + ";")).findFirst()
                .orElseThrow(() -> new DemoFailure("the export has no row for " + documentNumber + ":\n" + csv));
        String[] fields = row.split(";", -1);
        check(fields.length == 16, "the row has " + fields.length + " fields: " + row);
        check(fields[3].equals("2") && fields[5].equals("MUÑOZ") && fields[11].equals("6") && fields[12].equals("2")
                        && fields[13].equals("601"),
                "the row's codes are wrong (want TIPO_DOCUMENTO 2, APELLIDO1 MUÑOZ, GRADO 6, TIPO_JORNADA 2, GRUPO 601): "
                        + row);
        check(containsByte(export.body(), (byte) 0xD1), "Ñ is not the single latin-1 byte 0xD1");
        say(csv.lines().findFirst().orElse("") + "\n      " + row);

        String location = export.header("Location");
        step("The secretary confirms the export after uploading it to SIMAT; the enrollment is synced", () -> {
            expect(200, http.post(at.enrollment(location.substring(location.indexOf("/api/")) + "/confirm"),
                    secretary, Map.of(), quoted(Long.parseLong(export.etag().replace("\"", "")))));
            return eventually(() -> expect(200, http.get(at.enrollment("/api/v1/enrollments/" + enrollmentId),
                    secretary)).json(), e -> e.path("simat_status").asText().equals("synced"), "simat_status synced");
        });
    }

    private void createMember(String token, String email, String fullName, String role) {
        UUID user = SignIn.subject(email);
        expect(201, http.post(at.identity("/api/v1/users"), token,
                Map.of("id", user.toString(), "email", email, "full_name", fullName)));
        expect(201, http.post(at.identity("/api/v1/memberships"), token,
                Map.of("user_id", user.toString(), "roles", List.of(role))));
    }

    private void upload(String token, String documents, String type, String fileName, byte[] content) {
        JsonNode stored = expect(201, http.putFile(at.documents(documents + type), token, "file", fileName, content))
                .json();
        say(type + ": " + content.length + " bytes, sha-256 " + stored.path("metadata").path("sha256").asText());
    }

    private static Map<String, Object> guardian(String type, String number, String name, String relationship,
                                                boolean primary, int priority) {
        return Map.of("document_type", type, "document_number", number, "full_name", name, "relationship",
                relationship, "is_primary", primary, "priority", priority, "can_pickup", true,
                "is_emergency_contact", primary, "phone", "300" + number.substring(2));
    }

    private static List<String> statuses(JsonNode history) {
        JsonNode items = history.has("items") ? history.path("items") : history;
        List<String> statuses = new ArrayList<>();
        items.forEach(entry -> statuses.add(entry.path("to_status").asText()));
        return statuses;
    }

    private <T> T step(String what, Supplier<T> action) {
        step++;
        System.out.println("[" + step + "] " + what);
        T result = action.get();
        System.out.println("    ok");
        return result;
    }

    private static void say(String detail) {
        System.out.println("      " + detail);
    }

    private static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new DemoFailure(reply.request() + " answered " + reply.status() + " (expected " + status + "): "
                    + reply.text());
        }
        return reply;
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new DemoFailure(failure);
        }
    }

    /** Asynchronous effects (events) take a moment: polls until {@code done} holds, at most 30 s. */
    private static <T> T eventually(Supplier<T> read, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + EVENTUAL.toNanos();
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new DemoFailure("waited " + EVENTUAL.toSeconds() + " s for " + what + "; last seen: "
                        + (last instanceof Reply reply ? reply.status() + " " + reply.text() : last));
            }
            sleep();
            last = read.get();
        }
        return last;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    private static String quoted(long version) {
        return "\"" + version + "\"";
    }

    private static boolean containsByte(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A random 9-digit NIT base with its DIAN check digit (DESIGN §6). */
    private static String validNit() {
        int[] weights = {3, 7, 13, 17, 19, 23, 29, 37, 41};
        String base = "9" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            sum += (base.charAt(base.length() - 1 - i) - '0') * weights[i];
        }
        int r = sum % 11;
        return base + "-" + (r < 2 ? r : 11 - r);
    }

    private static String dane() {
        return "1" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
    }
}
