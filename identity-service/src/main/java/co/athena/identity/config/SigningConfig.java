package co.athena.identity.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;

/**
 * The key that signs Athena access tokens (a PKCS#8 PEM file, mounted from a Kubernetes Secret) and,
 * during a rotation, the previous key's public half, still served in the JWKS until its tokens expire.
 */
@ConfigMapping(prefix = "athena.signing")
public interface SigningConfig {

    String keyId();

    String privateKeyLocation();

    Optional<String> previousKeyId();

    Optional<String> previousPublicKeyLocation();

    Duration lifetime();
}
