package co.athena.enrollment;

import co.athena.testing.StubHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * tenancy-service, student-service and academic-service as enrollment-service sees them over HTTP, answering per school
 * from the caller's token (as the real ones do), so a test decides which years and students exist and
 * can take a sibling down. Their real behaviour is tested in their own modules.
 */
public class SiblingFakes implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Map<String, Object>> YEARS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Object>> STUDENTS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Object>> SETTINGS = new ConcurrentHashMap<>();
    private static StubHttpServer tenancy;
    private static StubHttpServer student;
    private static StubHttpServer academic;
    /** school/year → [{code, grade_level}] */
    private static final Map<String, List<Map<String, Object>>> GROUPS = new ConcurrentHashMap<>();
    /** school/year → [{student_id, outcome, confirmed_at}] */
    private static final Map<String, List<Map<String, Object>>> PROMOTIONS = new ConcurrentHashMap<>();

    @Override
    public synchronized Map<String, String> start() {
        if (tenancy == null) {
            tenancy = StubHttpServer.start()
                    .route("GET", "/api/v1/school-years/([^/]+)",
                            request -> StubHttpServer.Response.found(YEARS.get(request.school() + "/" + request.match().group(1))))
                    .route("GET", "/api/v1/school/settings", request -> StubHttpServer.Response.json(
                            SETTINGS.getOrDefault(request.school(), Map.of("simat_settings", Map.of()))));
            // the lookup and the SIMAT records answer the same students (the real lookup leaves out their SIMAT data)
            Function<StubHttpServer.Request, StubHttpServer.Response> students = request -> {
                List<Map<String, Object>> items = new ArrayList<>();
                request.json().get("ids").forEach(id -> {
                    Map<String, Object> found = STUDENTS.get(request.school() + "/" + id.asText());
                    if (found != null) {
                        items.add(found);
                    }
                });
                return StubHttpServer.Response.json(Map.of("items", items));
            };
            student = StubHttpServer.start()
                    .route("POST", "/api/v1/students/lookup", students)
                    .route("POST", "/api/v1/students/simat-records", students);
        }
        if (academic == null) {
            academic = StubHttpServer.start().route("GET", "/api/v1/class-groups", request -> {
                String grade = request.param("grade_level");
                return StubHttpServer.Response.json(Map.of("items", GROUPS.getOrDefault(request.school() + "/"
                        + request.param("school_year_id"), List.of()).stream()
                        .filter(g -> grade == null || grade.equals(String.valueOf(g.get("grade_level")))).toList()));
            }).route("GET", "/api/v1/promotions", request -> StubHttpServer.Response.json(PROMOTIONS.getOrDefault(
                    request.school() + "/" + request.param("school_year_id"), List.of())));
        }
        return Map.of("athena.services.tenancy-url", tenancy.url(), "athena.services.student-url", student.url(),
                "athena.services.academic-url", academic.url(), "quarkus.rest-client.read-timeout", "1500");
    }

    @Override
    public void stop() {
        // the fakes live as long as the test JVM, like the infrastructure
    }

    public static StubHttpServer tenancy() {
        return tenancy;
    }

    public static StubHttpServer academic() {
        return academic;
    }

    /** A class group academic-service has for the school's year. */
    public static void classGroup(UUID school, UUID year, int grade, String code) {
        GROUPS.computeIfAbsent(school + "/" + year, k -> new CopyOnWriteArrayList<>())
                .add(Map.of("code", code, "grade_level", grade));
    }

    /** A student's promotion decision in academic-service for the year; confirmed or not yet. */
    public static void promotion(UUID school, UUID year, UUID student, String outcome, boolean confirmed) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("student_id", student.toString());
        decision.put("outcome", outcome);
        decision.put("confirmed_at", confirmed ? "2026-11-28T15:00:00Z" : null);
        PROMOTIONS.computeIfAbsent(school + "/" + year, k -> new CopyOnWriteArrayList<>()).add(decision);
    }

    public static StubHttpServer student() {
        return student;
    }

    public static UUID schoolYear(UUID school, String status) {
        UUID id = UUID.randomUUID();
        Map<String, Object> year = new LinkedHashMap<>();
        year.put("id", id.toString());
        year.put("name", "2027-" + id.toString().substring(0, 4));
        year.put("starts_on", "2027-01-25");
        year.put("ends_on", "2027-11-30");
        year.put("status", status);
        year.put("allowed_transitions", List.of());
        YEARS.put(school + "/" + id, year);
        return id;
    }

    /** A student of {@code school}; names and document as SIMAT will see them. */
    public static UUID student(UUID school, String documentType, String documentNumber, String firstName,
                               String secondName, String firstSurname, String secondSurname, LocalDate birthDate,
                               String gender, boolean active) {
        UUID id = UUID.randomUUID();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id.toString());
        s.put("document_type", documentType);
        s.put("document_number", documentNumber);
        s.put("first_name", firstName);
        s.put("second_name", secondName);
        s.put("first_surname", firstSurname);
        s.put("second_surname", secondSurname);
        s.put("full_name", String.join(" ", firstName, firstSurname));
        s.put("birth_date", birthDate.toString());
        s.put("gender", gender);
        s.put("is_active", active);
        s.put("version", 0);
        s.put("characterization", Map.of(
                "birth_place", Map.of("department", "05", "municipality", "05001"),
                "document_issue_place", Map.of("department", "05", "municipality", "05001"),
                "residence", Map.of("department", "05", "municipality", "05001", "address", "CL 10 # 20-30", "zone", "1"),
                "estrato", "2"));
        s.put("sensitive_data", Map.of("ethnic_group", "0", "disability", "99", "exceptional_capacities", "9"));
        STUDENTS.put(school + "/" + id, s);
        return id;
    }

    public static String studentDocument(UUID school, UUID student) {
        return (String) STUDENTS.get(school + "/" + student).get("document_number");
    }

    /** Replaces part of a student's SIMAT data, as student-service would answer it. */
    public static void studentData(UUID school, UUID student, String key, Object value) {
        Map<String, Object> s = STUDENTS.get(school + "/" + student);
        if (value == null) {
            s.remove(key);
        } else {
            s.put(key, value);
        }
    }

    public static UUID activeStudent(UUID school) {
        return student(school, "TI", Long.toString(1_000_000_000L + (long) (Math.random() * 8_999_999_999L)),
                "Ana", null, "Pérez", null, LocalDate.of(2015, 3, 14), "F", true);
    }

    /** The student is no longer active (student-service deactivated them). */
    public static void deactivate(UUID school, UUID student) {
        STUDENTS.get(school + "/" + student).put("is_active", false);
    }

    /** Settings SIMAT can report from: a DANE code, Medellín, and a main and a second sede. */
    public static void simatSettings(UUID school, String daneCode, Map<String, Object> more) {
        Map<String, Object> simat = new LinkedHashMap<>(Map.of("dane_code", daneCode, "municipality", "05001",
                "sedes", List.of(Map.of("cons_sede", daneCode + "01", "dane_code", daneCode, "name", "Principal"),
                        Map.of("cons_sede", daneCode + "02", "dane_code", "2" + daneCode.substring(1), "name", "Rural"))));
        simat.putAll(more);
        simatSettings(school, simat);
    }

    public static void simatSettings(UUID school, Map<String, Object> simat) {
        SETTINGS.put(school.toString(), Map.of("simat_settings", simat, "required_documents", List.of()));
    }
}
