package co.athena.academic;

import co.athena.testing.StubHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * tenancy-service as academic-service sees it over HTTP: school years per school, answered from the caller's
 * token as the real one does, the school's header and branding for report cards, and a switch to take it down. Its real behaviour is tested in its own module.
 */
public class TenancyFake implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Map<String, Object>> YEARS = new ConcurrentHashMap<>();
    private static StubHttpServer tenancy;

    @Override
    public synchronized Map<String, String> start() {
        if (tenancy == null) {
            tenancy = StubHttpServer.start().route("GET", "/api/v1/school-years/([^/]+)", request ->
                            StubHttpServer.Response.found(YEARS.get(request.school() + "/" + request.match().group(1))))
                    .route("GET", "/api/v1/school", request -> StubHttpServer.Response.json(Map.of(
                            "id", request.school(), "name", "Institución Educativa San José de Cúcuta",
                            "dane_code", "154001000123")))
                    .route("GET", "/api/v1/school/settings", request -> StubHttpServer.Response.json(Map.of(
                            "school_id", request.school(), "branding_settings", Map.of(
                                    "display_name", "Colegio San José", "primary_color", "#1A4B8C"))));
        }
        return Map.of("athena.services.tenancy-url", tenancy.url(), "quarkus.rest-client.read-timeout", "1500");
    }

    @Override
    public void stop() {
        // the fake lives as long as the test JVM, like the infrastructure
    }

    public static StubHttpServer tenancy() {
        return tenancy;
    }

    public static UUID schoolYear(UUID school, String status) {
        UUID id = UUID.randomUUID();
        YEARS.put(school + "/" + id, Map.of("id", id.toString(), "name", "2027", "status", status));
        return id;
    }
}
