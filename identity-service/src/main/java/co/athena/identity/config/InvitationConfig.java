package co.athena.identity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "athena.invitations")
public interface InvitationConfig {

    /** How long an invitation can be accepted. */
    @WithDefault("P14D")
    Duration lifetime();
}
