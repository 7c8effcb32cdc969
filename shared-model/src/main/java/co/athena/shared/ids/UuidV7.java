package co.athena.shared.ids;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, a 12-bit sequence, then randomness.
 * Ids of one JVM strictly increase, also within a millisecond (RFC 9562 §6.2, method 1: the sequence counts up
 * from a random start each millisecond and carries into the clock when it runs out), so rows written in one
 * transaction list in the order they were made.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SEQUENCE_MAX = 0xFFF;

    private static long lastMillis;
    private static int sequence;

    private UuidV7() {
    }

    public static UUID next() {
        long millis;
        int counter;
        synchronized (UuidV7.class) {
            long now = System.currentTimeMillis();
            if (now > lastMillis) {
                lastMillis = now;
                sequence = RANDOM.nextInt(SEQUENCE_MAX / 2); // room to count up within this millisecond
            } else if (++sequence > SEQUENCE_MAX) {
                lastMillis++; // the clock stood still or went back: borrow the next millisecond
                sequence = 0;
            }
            millis = lastMillis;
            counter = sequence;
        }
        long high = (millis << 16) | 0x7000L | counter;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
