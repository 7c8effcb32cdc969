package co.athena.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Development keys and tokens for {@code ./athena} on one machine: {@code keys <dir>} creates an RSA
 * key pair once (PEM), {@code mint <dir> <email> <school|-> <roles>} prints an RS256 Athena access
 * token signed with it, for a subject derived from the email. Never used in production, where identity-service signs with a key
 * from a Kubernetes Secret.
 */
public final class LocalTokens {

    static final String ISSUER = "https://athena.local/identity";
    static final String AUDIENCE = "athena";

    private LocalTokens() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "keys" -> createKeys(dir);
            case "mint" -> System.out.println(mint(dir, UUID.nameUUIDFromBytes(args[2].getBytes(StandardCharsets.UTF_8))
                    .toString(), args[2], args[3], args[4].split(",")));
            default -> throw new IllegalArgumentException("usage: keys <dir> | mint <dir> <email> <school|-> <roles>");
        }
    }

    static void createKeys(Path dir) throws IOException, GeneralSecurityException {
        Path privatePem = dir.resolve("signing-key.pem");
        if (Files.exists(privatePem)) {
            return;
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(dir.resolve("public-key.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
    }

    static String mint(Path dir, String subject, String email, String school, String... roles)
            throws IOException, GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        StringBuilder groups = new StringBuilder();
        for (String role : roles) {
            groups.append(groups.length() == 0 ? "" : ",").append('"').append(role).append('"');
        }
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject
                + "\",\"upn\":\"" + email + "\"" + ("-".equals(school) ? "" : ",\"school_id\":\"" + school + "\"")
                + ",\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + 900)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"athena-local\"}"
                .getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey(dir.resolve("signing-key.pem")));
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
    }

    private static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
