package co.athena.identity.config;

import io.smallrye.config.ConfigMapping;

import java.util.UUID;

/** The first superadmin: created at start when absent. Nothing else can make a superadmin. */
@ConfigMapping(prefix = "athena.bootstrap.superadmin")
public interface BootstrapConfig {

    UUID subject();

    String email();
}
