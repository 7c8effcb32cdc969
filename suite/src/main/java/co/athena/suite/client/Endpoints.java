package co.athena.suite.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the local suite's services answer: their fixed ports, shifted by the suite's port offset. */
public record Endpoints(int portOffset) {

    public URI tenancy(String path) {
        return at(8081, path);
    }

    public URI identity(String path) {
        return at(8082, path);
    }

    public URI student(String path) {
        return at(8083, path);
    }

    public URI enrollment(String path) {
        return at(8084, path);
    }

    public URI documents(String path) {
        return at(8085, path);
    }

    public URI academic(String path) {
        return at(8086, path);
    }

    /** Every service by name, at {@code path}, in start order after identity (the order of ./athena up). */
    public Map<String, URI> services(String path) {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("tenancy-service", tenancy(path));
        services.put("identity-service", identity(path));
        services.put("student-service", student(path));
        services.put("enrollment-service", enrollment(path));
        services.put("documents-service", documents(path));
        services.put("academic-service", academic(path));
        return services;
    }

    /** A service's management interface (health, metrics): its HTTP port + 1000, never routed to the public. */
    public URI management(URI service, String path) {
        return URI.create("http://127.0.0.1:" + (service.getPort() + 1000) + path);
    }

    private URI at(int port, String path) {
        return URI.create("http://127.0.0.1:" + (port + portOffset) + path);
    }
}
