package co.athena.documents;

import co.athena.testing.StubHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * enrollment-, tenancy- and student-service as documents-service sees them over HTTP, per school from
 * the caller's token as the real ones answer. Their real behaviour is tested in their own modules.
 */
public class SiblingFakes implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Map<String, Object>> ENROLLMENTS = new ConcurrentHashMap<>();
    private static final Map<String, List<Map<String, Object>>> GUARDIANS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Object>> SETTINGS = new ConcurrentHashMap<>();
    private static StubHttpServer siblings;

    @Override
    public synchronized Map<String, String> start() {
        if (siblings == null) {
            // one server plays all three: their paths do not overlap
            siblings = StubHttpServer.start()
                    .route("GET", "/api/v1/enrollments/([^/]+)", request ->
                            StubHttpServer.Response.found(ENROLLMENTS.get(request.school() + "/" + request.match().group(1))))
                    .route("GET", "/api/v1/school/settings", request -> StubHttpServer.Response.json(
                            SETTINGS.getOrDefault(request.school(), Map.of("required_documents", List.of(),
                                    "habeas_data_version", 1))))
                    .route("GET", "/api/v1/students/([^/]+)/guardians", request -> StubHttpServer.Response.json(
                            GUARDIANS.getOrDefault(request.school() + "/" + request.match().group(1), List.of())));
        }
        return Map.of("athena.services.tenancy-url", siblings.url(), "athena.services.student-url", siblings.url(),
                "athena.services.enrollment-url", siblings.url(), "quarkus.rest-client.read-timeout", "1500");
    }

    @Override
    public void stop() {
        // the fakes live as long as the test JVM, like the infrastructure
    }

    /** An enrollment of a new student in {@code school}; returns {enrollment id, student id}. */
    public static UUID[] enrollment(UUID school) {
        return enrollment(school, "pending_documents");
    }

    public static UUID[] enrollment(UUID school, String status) {
        UUID id = UUID.randomUUID();
        UUID student = UUID.randomUUID();
        ENROLLMENTS.put(school + "/" + id, Map.of("id", id.toString(), "student_id", student.toString(),
                "school_year_id", UUID.randomUUID().toString(), "status", status));
        return new UUID[]{id, student};
    }

    public static UUID guardian(UUID school, UUID student) {
        UUID id = UUID.randomUUID();
        GUARDIANS.computeIfAbsent(school + "/" + student, k -> new CopyOnWriteArrayList<>())
                .add(Map.of("id", id.toString(), "full_name", "Marta Peña"));
        return id;
    }

    public static void settings(UUID school, List<String> required, int habeasDataVersion) {
        SETTINGS.put(school.toString(), Map.of("required_documents", required, "habeas_data_version", habeasDataVersion));
    }

    public static StubHttpServer server() {
        return siblings;
    }
}
