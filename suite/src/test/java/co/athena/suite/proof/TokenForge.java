package co.athena.suite.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds Athena access tokens by hand, with identity-service's real signing key (from the suite's
 * keys folder) or with anything else: the control token is exactly what identity-service issues,
 * and each attack changes one thing.
 */
final class TokenForge {

    static final String ISSUER = "https://athena.local/identity";
    static final String AUDIENCE = "athena";
    private static final String KEY_ID = "athena-local";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;

    TokenForge(Path keys) {
        try {
            String pem = Files.readString(keys.resolve("signing-key.pem")).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims identity-service puts in a token for {@code roles} in {@code school}, valid for 15 minutes. */
    static Map<String, Object> claims(UUID school, List<String> roles) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("upn", "forged@athena.local");
        claims.put("school_id", school.toString());
        claims.put("groups", roles);
        claims.put("iat", now);
        claims.put("exp", now + 900);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    String rs256(Map<String, Object> claims) {
        return sign(key, claims);
    }

    static String withOtherKey(Map<String, Object> claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair().getPrivate(), claims);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(Map<String, Object> claims) {
        return encode(Map.of("alg", "none", "typ", "JWT")) + "." + encode(claims) + ".";
    }

    /** The classic confusion: HS256 keyed with the RSA public key (as PEM text, as the JWKS publishes it). */
    String hs256WithPublicKey(Map<String, Object> claims) {
        try {
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
            byte[] publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent())).getEncoded();
            String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicKey)
                    + "\n-----END PUBLIC KEY-----\n";
            String input = encode(Map.of("alg", "HS256", "typ", "JWT", "kid", KEY_ID)) + "." + encode(claims);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A genuinely signed token whose payload is then swapped for another one. */
    String tampered(Map<String, Object> signedClaims, Map<String, Object> swapped) {
        String[] parts = rs256(signedClaims).split("\\.");
        return parts[0] + "." + encode(swapped) + "." + parts[2];
    }

    private static String sign(PrivateKey key, Map<String, Object> claims) {
        try {
            String input = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID)) + "." + encode(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Object json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
