package co.athena.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The upstream identity provider of {@code ./athena} on one machine, standing in for Supabase Auth:
 * {@code keys <dir>} creates, once, identity-service's signing key (PEM) and the HS256 secret this
 * provider shares with it; {@code upstream <dir> <email>} prints a one-hour HS256 upstream token for
 * that email, which identity-service exchanges like any other. It lives outside the services, so no
 * service carries a development sign-in that could be switched on in production.
 */
public final class LocalIdentityProvider {

    static final String ISSUER = "https://athena.local/upstream";
    static final String AUDIENCE = "authenticated";

    private LocalIdentityProvider() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        switch (args[0]) {
            case "keys" -> createKeys(Path.of(args[1]));
            case "upstream" -> System.out.println(upstreamToken(Path.of(args[1]), args[2]));
            default -> throw new IllegalArgumentException("usage: keys <dir> | upstream <dir> <email>");
        }
    }

    /** The upstream subject of a local user: derived from the email, so scripts can create users ahead. */
    public static UUID subject(String email) {
        return UUID.nameUUIDFromBytes(email.trim().toLowerCase().getBytes(StandardCharsets.UTF_8));
    }

    static void createKeys(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        Path signingKey = dir.resolve("signing-key.pem");
        if (!Files.exists(signingKey)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            writeSecret(signingKey, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
        }
        Path secret = dir.resolve("upstream-secret");
        if (!Files.exists(secret)) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            writeSecret(secret, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
    }

    public static String upstreamToken(Path dir, String email) throws IOException, GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject(email)
                + "\",\"email\":\"" + email.trim().toLowerCase() + "\",\"email_verified\":true"
                + ",\"role\":\"authenticated\",\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Files.readString(dir.resolve("upstream-secret")).trim()
                .getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void writeSecret(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
