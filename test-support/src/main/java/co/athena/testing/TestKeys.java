package co.athena.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** RSA keys of one test JVM: the trusted one (served by the test JWKS) and a stranger's. */
public final class TestKeys {

    public static final String TRUSTED_KID = "athena-test";
    public static final KeyPair TRUSTED = generate();
    public static final KeyPair STRANGER = generate();
    /** The upstream identity provider's RS256 key, served at {@code /upstream/jwks.json}. */
    public static final String UPSTREAM_KID = "upstream-test";
    public static final KeyPair UPSTREAM = generate();

    private TestKeys() {
    }

    /** A JWKS document that lists one key. */
    static String jwks(KeyPair pair, String kid) {
        RSAPublicKey key = (RSAPublicKey) pair.getPublic();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"n\":\""
                + b64.encodeToString(unsigned(key.getModulus().toByteArray())) + "\",\"e\":\""
                + b64.encodeToString(unsigned(key.getPublicExponent().toByteArray())) + "\"}]}";
    }

    /** The trusted private key as a PKCS#8 PEM file, as identity-service reads its signing key. */
    static java.nio.file.Path trustedPrivateKeyPem(java.nio.file.Path dir) {
        try {
            java.nio.file.Path file = dir.resolve("signing-key.pem");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(TRUSTED.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
