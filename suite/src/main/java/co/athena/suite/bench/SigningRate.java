package co.athena.suite.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many RS256 signatures this JVM makes per second with identity-service's own key, one thread per core
 * (the exchange's ceiling: each access token is one RSA-2048 signature). bench/run runs it beside the
 * exchange scenario and prints one number.
 * <p>
 * {@code SigningRate <signing-key.pem> <seconds>}
 */
public final class SigningRate {

    /** The signing input of an access token as identity-service issues it: header and claims, base64url. */
    private static final byte[] TOKEN = ("eyJraWQiOiJrMSIsInR5cCI6IkpXVCIsImFsZyI6IlJTMjU2In0."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"iss\":\"https://identity.athena.local\","
            + "\"sub\":\"0193a000-0000-7000-8000-000000000006\",\"aud\":\"athena\",\"school_id\":"
            + "\"0193a000-0000-7000-8000-000000000002\",\"roles\":[\"rector\"],\"permissions\":[\"read:students\","
            + "\"write:students\",\"manage:enrollments\",\"read:enrollments\"],\"iat\":1764583200,"
            + "\"exp\":1764584100,\"jti\":\"0193a000-0000-7000-8000-000000000007\"}").getBytes(StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.US_ASCII);

    private SigningRate() {
    }

    public static void main(String[] args) throws Exception {
        PrivateKey key = privateKey(Path.of(args[0]));
        long seconds = Long.parseLong(args[1]);
        sign(key, 3);
        System.out.printf("%.0f%n", sign(key, seconds));
    }

    /** Signatures per second over {@code seconds}, every core signing. */
    private static double sign(PrivateKey key, long seconds) throws InterruptedException {
        LongAdder signed = new LongAdder();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            Thread thread = new Thread(() -> {
                try {
                    Signature rs256 = Signature.getInstance("SHA256withRSA");
                    while (System.nanoTime() < end) {
                        rs256.initSign(key);
                        rs256.update(TOKEN);
                        rs256.sign();
                        signed.increment();
                    }
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return signed.sum() / (double) seconds;
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
    }
}
