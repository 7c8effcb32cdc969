package co.athena.infra;

import java.net.URI;

/** Where a PostgreSQL cluster answers, and the administrator that may create databases and roles there. */
public record PostgresEndpoint(String host, int port, String database, String adminUser, String adminPassword) {

    /** Parses {@code postgresql://user:password@host:port/database}, the form of {@code ATHENA_PG_URL}. */
    public static PostgresEndpoint parse(String url) {
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
        String[] credentials = uri.getUserInfo() == null ? new String[] {"postgres", ""} : uri.getUserInfo().split(":", 2);
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new PostgresEndpoint(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database,
                credentials[0], credentials.length > 1 ? credentials[1] : "");
    }

    public PostgresEndpoint withDatabase(String name) {
        return new PostgresEndpoint(host, port, name, adminUser, adminPassword);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
