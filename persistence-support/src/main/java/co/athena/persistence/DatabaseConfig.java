package co.athena.persistence;

import io.smallrye.config.ConfigMapping;

/**
 * Where the service's database is and who it is there (DESIGN §2): its own schema and runtime role,
 * and the migrator that owns the schema. The Quarkus datasource and Flyway settings are built from
 * these in persistence-support's {@code microprofile-config.properties}.
 */
@ConfigMapping(prefix = "athena.db")
public interface DatabaseConfig {

    String host();

    int port();

    String name();

    String schema();

    String appRole();

    String appPassword();

    String migratorUser();

    String migratorPassword();
}
