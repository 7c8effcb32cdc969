package co.athena.persistence;

import io.smallrye.config.ConfigMapping;

/** The service's own schema and runtime role (DESIGN §2). */
@ConfigMapping(prefix = "athena.db")
public interface DatabaseConfig {

    String schema();

    String appRole();
}
