package co.athena.identity.service;

import co.athena.identity.config.SigningConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signing key and the JWKS that publishes it (and the previous key during a rotation). */
@ApplicationScoped
public class SigningKeys {

    private final String keyId;
    private final PrivateKey privateKey;
    private final Map<String, Object> jwks;

    public SigningKeys(SigningConfig config) {
        try {
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pem(config.privateKeyLocation())));
            this.keyId = config.keyId();
            this.privateKey = key;
            List<Map<String, Object>> keys = new ArrayList<>();
            keys.add(jwk(config.keyId(), (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()))));
            if (config.previousKeyId().isPresent() && config.previousPublicKeyLocation().isPresent()) {
                PublicKey previous = KeyFactory.getInstance("RSA")
                        .generatePublic(new X509EncodedKeySpec(pem(config.previousPublicKeyLocation().get())));
                keys.add(jwk(config.previousKeyId().get(), (RSAPublicKey) previous));
            }
            this.jwks = Map.of("keys", List.copyOf(keys));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("athena.signing: not an RSA key in PKCS#8/X.509 PEM form", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public Map<String, Object> jwks() {
        return jwks;
    }

    private static Map<String, Object> jwk(String kid, RSAPublicKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", kid);
        jwk.put("n", unsignedBase64(key.getModulus()));
        jwk.put("e", unsignedBase64(key.getPublicExponent()));
        return jwk;
    }

    private static String unsignedBase64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
    }

    private static byte[] pem(String location) {
        try {
            String text = Files.readString(Path.of(location));
            return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key " + location, e);
        }
    }
}
