package co.athena.identity;

import co.athena.testing.StubHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * academic-service as identity-service sees it over HTTP: the open assignments of a teacher (none unless a test
 * gives some), and a switch to take it down. Its real behaviour is tested in its own module.
 */
public class AcademicFake implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, List<Map<String, Object>>> OPEN = new ConcurrentHashMap<>();
    private static StubHttpServer academic;

    @Override
    public synchronized Map<String, String> start() {
        if (academic == null) {
            academic = StubHttpServer.start().route("GET", "/api/v1/teacher-assignments", request ->
                    StubHttpServer.Response.json(Map.of("items",
                            OPEN.getOrDefault(request.school() + "/" + request.param("teacher_id"), List.of()))));
        }
        return Map.of("athena.services.academic-url", academic.url(), "quarkus.rest-client.read-timeout", "1500");
    }

    @Override
    public void stop() {
        // the fake lives as long as the test JVM, like the infrastructure
    }

    public static StubHttpServer academic() {
        return academic;
    }

    /** The teacher gives one course in the school: its open assignment's id. */
    public static UUID teaches(UUID school, UUID teacher) {
        UUID assignment = UUID.randomUUID();
        OPEN.put(school + "/" + teacher, List.of(Map.of("id", assignment.toString(),
                "course_offering_id", UUID.randomUUID().toString(), "teacher_id", teacher.toString())));
        return assignment;
    }
}
