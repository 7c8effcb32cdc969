package co.athena.identity.rest;

import co.athena.identity.rest.IdentityApi.Member;
import co.athena.shared.events.AccessChangedEvent;
import co.athena.shared.events.EventContract;
import co.athena.shared.security.Roles;
import co.athena.testing.ContractAssertions;
import co.athena.testing.TestTokens;
import co.athena.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.identity.rest.IdentityApi.announce;
import static co.athena.identity.rest.IdentityApi.as;
import static co.athena.identity.rest.IdentityApi.platform;
import static co.athena.identity.rest.IdentityApi.school;
import static co.athena.identity.rest.IdentityApi.signedIn;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Access taken away ends in the tokens already issued: identity-service publishes the change through
 * its outbox, and every service (this one too) refuses the older tokens with 401 once it reads it.
 */
@QuarkusTest
class RevocationTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    @Test
    void aDeactivatedMembershipsTokensAreRefused() {
        UUID school = school();
        Member stays = signedIn(school, "Rectora Se Queda", Roles.RECTOR);
        Member leaves = signedIn(school, "Rector Se Retira", Roles.RECTOR);
        leaves.api().get("/api/v1/memberships").then().statusCode(200);
        stays.api().delete("/api/v1/memberships/" + leaves.membership()).then().statusCode(200);
        awaitRefused(leaves.token());
        stays.api().get("/api/v1/memberships").then().statusCode(200);
    }

    @Test
    void aRoleChangeRefusesOlderTokensButNotNewerOnes() {
        UUID school = school();
        Member rector = signedIn(school, "Rectora Cambia", Roles.RECTOR);
        Member other = signedIn(school, "Rector Cambiado", Roles.RECTOR);
        rector.api().body(Map.of("roles", List.of(Roles.RECTOR, Roles.TEACHER)))
                .patch("/api/v1/memberships/" + other.membership()).then().statusCode(200);
        awaitRefused(other.token());
        as(TestTokens.forUser(other.user().toString(), school, Roles.RECTOR, Roles.TEACHER))
                .get("/api/v1/memberships").then().statusCode(200);
    }

    @Test
    void aDeactivatedSchoolsTokensAreRefused() {
        UUID school = school();
        Member rector = signedIn(school, "Rectora Cierra", Roles.RECTOR);
        String superadmin = TestTokens.forUser(IdentityApi.SUPERADMIN.toString(), school, Roles.SUPERADMIN);
        announce(school, "deactivated", false, 1);
        awaitRefused(rector.token());
        awaitRefused(superadmin);
    }

    @Test
    void aDeactivatedUserIsRefusedInEverySchool() {
        UUID schoolA = school();
        UUID schoolB = school();
        Member inA = signedIn(schoolA, "Rector Dos Colegios", Roles.RECTOR);
        IdentityApi.member(schoolB, inA.user(), Roles.RECTOR);
        String inB = TestTokens.forUser(inA.user().toString(), schoolB, Roles.RECTOR);
        platform().delete("/api/v1/users/" + inA.user()).then().statusCode(200);
        awaitRefused(inA.token());
        awaitRefused(inB);
    }

    @Test
    void theChangeIsPublishedByTheContract() {
        UUID school = school();
        Member rector = signedIn(school, "Rectora Publica", Roles.RECTOR);
        Member gone = signedIn(school, "Docente Publicada", Roles.TEACHER);
        try (TopicProbe probe = TopicProbe.of(AccessChangedEvent.TOPIC)) {
            rector.api().delete("/api/v1/memberships/" + gone.membership()).then().statusCode(200);
            ConsumerRecord<String, String> record = probe.await(1, r -> gone.user().toString().equals(r.key()), BOUND).get(0);
            ContractAssertions.assertMatchesContract(EventContract.ALL.stream()
                    .filter(c -> c.topic().equals(AccessChangedEvent.TOPIC)).findFirst().orElseThrow(), record.value());
            assertEquals(AccessChangedEvent.TYPE, TopicProbe.header(record, "ce_type"));
        }
    }

    private static void awaitRefused(String token) {
        await("a refused token").atMost(BOUND).pollInterval(Duration.ofMillis(50))
                .until(() -> as(token).get("/api/v1/memberships").statusCode() == 401);
    }
}
