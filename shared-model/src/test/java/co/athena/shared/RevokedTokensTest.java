package co.athena.shared;

import co.athena.shared.events.AccessChangedEvent;
import co.athena.shared.security.RevokedTokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevokedTokensTest {

    private static final UUID USER = UUID.randomUUID();
    private static final UUID SCHOOL = UUID.randomUUID();
    private static final UUID OTHER_SCHOOL = UUID.randomUUID();
    private static final Instant CHANGE = Instant.parse("2026-11-30T15:00:00.500Z");

    private final RevokedTokens revoked = new RevokedTokens();

    private void change(UUID user, UUID school, Instant at) {
        revoked.revoke(new AccessChangedEvent(UUID.randomUUID(), "x", user, school, at, at));
    }

    @Test
    void aMembershipChangeRefusesOlderTokensOfThatUserInThatSchoolOnly() {
        change(USER, SCHOOL, CHANGE);
        assertTrue(revoked.isRevoked(USER, SCHOOL, CHANGE.minusMillis(1)));
        assertFalse(revoked.isRevoked(USER, SCHOOL, CHANGE), "issued at the change: under the new access");
        assertFalse(revoked.isRevoked(USER, SCHOOL, CHANGE.plusMillis(1)));
        assertFalse(revoked.isRevoked(USER, OTHER_SCHOOL, CHANGE.minusMillis(1)));
        assertFalse(revoked.isRevoked(UUID.randomUUID(), SCHOOL, CHANGE.minusMillis(1)));
    }

    @Test
    void aUserChangeRefusesTheirOlderTokensInEverySchoolAndOnThePlatform() {
        change(USER, null, CHANGE);
        assertTrue(revoked.isRevoked(USER, SCHOOL, CHANGE.minusMillis(1)));
        assertTrue(revoked.isRevoked(USER, OTHER_SCHOOL, CHANGE.minusMillis(1)));
        assertTrue(revoked.isRevoked(USER, null, CHANGE.minusMillis(1)));
    }

    @Test
    void aSchoolChangeRefusesEveryUsersOlderTokensThereButNotPlatformTokens() {
        change(null, SCHOOL, CHANGE);
        assertTrue(revoked.isRevoked(UUID.randomUUID(), SCHOOL, CHANGE.minusMillis(1)));
        assertFalse(revoked.isRevoked(USER, OTHER_SCHOOL, CHANGE.minusMillis(1)));
        assertFalse(revoked.isRevoked(USER, null, CHANGE.minusMillis(1)));
    }

    @Test
    void aRedeliveredOlderChangeDoesNotMoveTheTimeBack() {
        change(USER, SCHOOL, CHANGE);
        change(USER, SCHOOL, CHANGE.minusSeconds(60));
        assertTrue(revoked.isRevoked(USER, SCHOOL, CHANGE.minusMillis(1)));
    }

    @Test
    void changesPastTheHorizonAreForgotten() {
        change(USER, SCHOOL, CHANGE);
        change(USER, OTHER_SCHOOL, CHANGE.plusSeconds(600));
        revoked.forgetBefore(CHANGE.plusSeconds(1));
        assertEquals(1, revoked.size());
        assertFalse(revoked.isRevoked(USER, SCHOOL, CHANGE.minusMillis(1)));
        assertTrue(revoked.isRevoked(USER, OTHER_SCHOOL, CHANGE));
    }
}
