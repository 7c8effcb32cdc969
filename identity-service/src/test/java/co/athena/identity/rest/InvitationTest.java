package co.athena.identity.rest;

import co.athena.identity.rest.IdentityApi.Member;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static co.athena.identity.rest.IdentityApi.invite;
import static co.athena.identity.rest.IdentityApi.school;
import static co.athena.identity.rest.IdentityApi.signIn;
import static co.athena.identity.rest.IdentityApi.signedIn;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InvitationTest {

    private static String newEmail() {
        return "invitado." + UUID.randomUUID() + "@colegio.co";
    }

    @Test
    void anInvitationIsAcceptedAtTheFirstSignInAndCreatesTheUser() throws Exception {
        UUID school = school();
        Member rector = signedIn(school, "Rectora Invita", Roles.RECTOR);
        String email = newEmail();
        var created = rector.api().body(Map.of("email", email.toUpperCase(), "roles", List.of(Roles.SECRETARY)))
                .post("/api/v1/invitations").then().statusCode(201)
                .body("email", equalTo(email)).body("status", equalTo("pending")).extract();
        UUID invitation = UUID.fromString(created.path("id"));
        assertThat(created.header("Location"), endsWith("/api/v1/invitations/" + invitation));
        UUID account = UUID.randomUUID();
        signIn(account, email, school).then().statusCode(200).body("roles", contains(Roles.SECRETARY));
        rector.api().get("/api/v1/invitations/" + invitation).then().statusCode(200)
                .body("status", equalTo("accepted")).body("accepted_by", equalTo(account.toString()));
        assertEquals(1, TestDatabase.count("select count(*) from identity.users where id = ? and email = ?", account, email));
        rector.api().queryParam("status", "accepted").get("/api/v1/invitations").then()
                .body("items.id", hasItem(invitation.toString()));
    }

    @Test
    void anInvitationIsUsedOnce() {
        UUID school = school();
        Member rector = signedIn(school, "Rector Una Vez", Roles.RECTOR);
        String email = newEmail();
        invite(rector.api(), email, Roles.TEACHER);
        UUID account = UUID.randomUUID();
        signIn(account, email, school).then().statusCode(200);
        String membership = rector.api().queryParam("user_id", account).get("/api/v1/memberships")
                .then().extract().path("items[0].id");
        rector.api().delete("/api/v1/memberships/" + membership).then().statusCode(200);
        signIn(account, email, school).then().statusCode(403);
    }

    @Test
    void anExpiredInvitationIsRefusedAndAnotherCanBeMade() throws Exception {
        UUID school = school();
        Member rector = signedIn(school, "Rector Caduca", Roles.RECTOR);
        String email = newEmail();
        UUID invitation = invite(rector.api(), email, Roles.TEACHER);
        TestDatabase.update("update identity.invitations set expires_at = now() - interval '1 second' where id = ?",
                invitation);
        signIn(UUID.randomUUID(), email, school).then().statusCode(403);
        rector.api().get("/api/v1/invitations/" + invitation).then().body("status", equalTo("expired"));
        rector.api().queryParam("status", "pending").get("/api/v1/invitations").then()
                .body("items.id", not(hasItem(invitation.toString())));
        invite(rector.api(), email, Roles.TEACHER);
    }

    @Test
    void aRevokedInvitationIsRefused() {
        UUID school = school();
        Member rector = signedIn(school, "Rector Revoca", Roles.RECTOR);
        String email = newEmail();
        UUID invitation = invite(rector.api(), email, Roles.TEACHER);
        rector.api().delete("/api/v1/invitations/" + invitation).then().statusCode(200).body("status", equalTo("revoked"));
        signIn(UUID.randomUUID(), email, school).then().statusCode(403);
        rector.api().get("/api/v1/audit-log").then().body("items.action", hasItem("invitation_revoked"));
    }

    @Test
    void anAcceptedInvitationCannotBeRevoked() {
        UUID school = school();
        Member rector = signedIn(school, "Rector Tarde", Roles.RECTOR);
        String email = newEmail();
        UUID invitation = invite(rector.api(), email, Roles.TEACHER);
        signIn(UUID.randomUUID(), email, school).then().statusCode(200);
        rector.api().delete("/api/v1/invitations/" + invitation).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void oneEmailHasOnePendingInvitationPerSchool() {
        UUID school = school();
        Member rector = signedIn(school, "Rector Doble", Roles.RECTOR);
        String email = newEmail();
        invite(rector.api(), email, Roles.TEACHER);
        rector.api().body(Map.of("email", email, "roles", List.of(Roles.SECRETARY))).post("/api/v1/invitations")
                .then().statusCode(409);
    }

    @Test
    void anotherSchoolsInvitationIsInvisibleAndAcceptsNothingThere() {
        UUID schoolA = school();
        UUID schoolB = school();
        Member rectorA = signedIn(schoolA, "Rector De A", Roles.RECTOR);
        Member rectorB = signedIn(schoolB, "Rector De B", Roles.RECTOR);
        String email = newEmail();
        UUID invitation = invite(rectorA.api(), email, Roles.TEACHER);
        rectorB.api().get("/api/v1/invitations/" + invitation).then().statusCode(404);
        rectorB.api().delete("/api/v1/invitations/" + invitation).then().statusCode(404);
        signIn(UUID.randomUUID(), email, schoolB).then().statusCode(403);
    }

    @Test
    void concurrentFirstSignInsAcceptOnce() throws Exception {
        UUID school = school();
        Member rector = signedIn(school, "Rector Carrera", Roles.RECTOR);
        String email = newEmail();
        invite(rector.api(), email, Roles.TEACHER);
        UUID account = UUID.randomUUID();
        var first = CompletableFuture.supplyAsync(() -> signIn(account, email, school).statusCode());
        var second = CompletableFuture.supplyAsync(() -> signIn(account, email, school).statusCode());
        assertEquals(List.of(200, 200), List.of(first.get(), second.get()));
        assertEquals(1, TestDatabase.count("select count(*) from identity.school_memberships where user_id = ?", account));
        assertEquals(1, TestDatabase.count("select count(*) from identity.membership_audit where user_id = ? "
                + "and action = 'invitation_accepted'", account));
    }
}
