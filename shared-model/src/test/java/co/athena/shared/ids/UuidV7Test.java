package co.athena.shared.ids;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UuidV7Test {

    @Test
    void idsMadeOneAfterAnotherIncreaseEvenWithinTheSameMillisecond() {
        UUID previous = UuidV7.next();
        for (int n = 0; n < 100_000; n++) {
            UUID next = UuidV7.next();
            // PostgreSQL orders uuids byte by byte: the time and sequence half decides
            assertTrue(Long.compareUnsigned(next.getMostSignificantBits(), previous.getMostSignificantBits()) > 0,
                    previous + " then " + next);
            previous = next;
        }
    }

    @Test
    void theyAreVersion7WithTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = UuidV7.next();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        long millis = id.getMostSignificantBits() >>> 16;
        // a burst of more than 4,096 ids in a millisecond borrows the next ones, so allow a little ahead
        assertTrue(millis >= before && millis <= System.currentTimeMillis() + 1_000, "millis " + millis);
    }
}
