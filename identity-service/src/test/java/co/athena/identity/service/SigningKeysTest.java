package co.athena.identity.service;

import co.athena.identity.config.SigningConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void duringARotationTheJwksServesTheCurrentAndThePreviousKey() throws Exception {
        KeyPair current = rsa();
        KeyPair previous = rsa();
        Path currentPem = pem(dir.resolve("current.pem"), "PRIVATE KEY", current.getPrivate().getEncoded());
        Path previousPem = pem(dir.resolve("previous.pem"), "PUBLIC KEY", previous.getPublic().getEncoded());
        SigningKeys keys = new SigningKeys(config(currentPem.toString(), Optional.of("k1"), Optional.of(previousPem.toString())));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> jwks = (List<Map<String, Object>>) keys.jwks().get("keys");
        assertEquals(List.of("k2", "k1"), jwks.stream().map(k -> k.get("kid")).toList());
        jwks.forEach(key -> assertFalse(key.containsKey("d"), "never the private part"));
        assertEquals("k2", keys.keyId());
    }

    @Test
    void refusesAKeyThatIsNotRsa() throws Exception {
        Path bogus = pem(dir.resolve("bogus.pem"), "PRIVATE KEY", new byte[] {1, 2, 3});
        assertThrows(IllegalStateException.class,
                () -> new SigningKeys(config(bogus.toString(), Optional.empty(), Optional.empty())));
    }

    private static SigningConfig config(String privateKey, Optional<String> previousId, Optional<String> previousKey) {
        return new SigningConfig() {
            public String keyId() { return "k2"; }
            public String privateKeyLocation() { return privateKey; }
            public Optional<String> previousKeyId() { return previousId; }
            public Optional<String> previousPublicKeyLocation() { return previousKey; }
            public Duration lifetime() { return Duration.ofMinutes(15); }
        };
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static Path pem(Path file, String type, byte[] der) throws Exception {
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + type + "-----\n");
    }
}
