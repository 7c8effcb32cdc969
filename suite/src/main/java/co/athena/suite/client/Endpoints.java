package co.athena.suite.client;

import java.net.URI;

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

    /** A service's management interface (health, metrics): its HTTP port + 1000, never routed to the public. */
    public URI management(URI service, String path) {
        return URI.create("http://127.0.0.1:" + (service.getPort() + 1000) + path);
    }

    private URI at(int port, String path) {
        return URI.create("http://127.0.0.1:" + (port + portOffset) + path);
    }
}
