package co.athena.identity.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * The upstream identity provider whose tokens are exchanged: Supabase Auth in production (its JWKS
 * for asymmetric keys, or its legacy HS256 secret), any OIDC/JWT issuer by configuration.
 */
@ConfigMapping(prefix = "athena.upstream")
public interface UpstreamConfig {

    String issuer();

    String audience();

    /** RS256/ES256 keys, cached and refreshed (and refetched at once for an unknown key id). */
    Optional<String> jwksUrl();

    /** HS256 shared secret. */
    Optional<String> hs256Secret();
}
