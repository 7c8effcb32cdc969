package co.athena.academic;

import co.athena.testing.StubHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * student-service as report cards see it over HTTP: each school's students by name, listed page by page (the cursor
 * is the next index) or one by one, within the caller's school only; and a switch to take it down.
 */
public class StudentDirectoryFake implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Map<UUID, Map<String, Object>>> STUDENTS = new ConcurrentHashMap<>();
    private static StubHttpServer students;

    @Override
    public synchronized Map<String, String> start() {
        if (students == null) {
            students = StubHttpServer.start()
                    .route("GET", "/api/v1/students", request -> {
                        List<Map<String, Object>> all = new ArrayList<>(of(request.school()).values());
                        int from = request.param("cursor") == null ? 0 : Integer.parseInt(request.param("cursor"));
                        int to = Math.min(all.size(), from + Integer.parseInt(request.param("limit")));
                        Map<String, Object> page = new HashMap<>();
                        page.put("items", all.subList(from, to));
                        page.put("next_cursor", to < all.size() ? String.valueOf(to) : null);
                        return StubHttpServer.Response.json(page);
                    })
                    .route("GET", "/api/v1/students/([^/]+)", request -> StubHttpServer.Response.found(
                            of(request.school()).get(UUID.fromString(request.match().group(1)))));
        }
        return Map.of("athena.services.student-url", students.url());
    }

    @Override
    public void stop() {
        // the fake lives as long as the test JVM, like the infrastructure
    }

    public static StubHttpServer students() {
        return students;
    }

    /** Registers a student of the school under that full name. */
    public static void name(UUID school, UUID student, String fullName, String document) {
        of(school.toString()).put(student, Map.of("id", student.toString(), "full_name", fullName,
                "document_type", "TI", "document_number", document));
    }

    private static Map<UUID, Map<String, Object>> of(String school) {
        return STUDENTS.computeIfAbsent(school, s -> new ConcurrentHashMap<>());
    }
}
