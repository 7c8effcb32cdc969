package co.athena.identity.rest;

import co.athena.identity.rest.IdentityApi.Member;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.UpstreamTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.identity.rest.IdentityApi.SUPERADMIN;
import static co.athena.identity.rest.IdentityApi.exchange;
import static co.athena.identity.rest.IdentityApi.invite;
import static co.athena.identity.rest.IdentityApi.member;
import static co.athena.identity.rest.IdentityApi.school;
import static co.athena.identity.rest.IdentityApi.signIn;
import static co.athena.identity.rest.IdentityApi.signedIn;
import static co.athena.identity.rest.IdentityApi.superadminIn;
import static co.athena.identity.rest.IdentityApi.user;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The attacks a rector of one school tried on the people of another, each refused with nothing changed. */
@QuarkusTest
class CrossSchoolAttackTest {

    @Test
    void aRectorCannotChangeAUserWhoAlsoBelongsToAnotherSchool() throws Exception {
        UUID schoolA = school();
        UUID schoolB = school();
        UUID shared = user("Docente Compartida");
        member(schoolA, shared, Roles.TEACHER);
        member(schoolB, shared, Roles.TEACHER);
        Member rectorA = signedIn(schoolA, "Rector Atacante", Roles.RECTOR);
        rectorA.api().body(Map.of("email", "atacante@evil.co", "full_name", "Cambiado"))
                .patch("/api/v1/users/" + shared).then().statusCode(403).contentType("application/problem+json");
        assertEquals(0, TestDatabase.count("select count(*) from identity.users where id = ? and (email = ? "
                + "or full_name = ? or version > 0)", shared, "atacante@evil.co", "Cambiado"));
    }

    @Test
    void aRectorCannotChangeTheSuperadmin() throws Exception {
        Member rector = signedIn(school(), "Rector Osado", Roles.RECTOR);
        long version = TestDatabase.count("select version from identity.users where id = ?", SUPERADMIN);
        rector.api().body(Map.of("email", "atacante@evil.co")).patch("/api/v1/users/" + SUPERADMIN)
                .then().statusCode(403);
        assertEquals(version, TestDatabase.count("select version from identity.users where id = ?", SUPERADMIN));
        assertEquals(1, TestDatabase.count("select count(*) from identity.users where id = ? and email = ?",
                SUPERADMIN, "admin@athena.local"));
    }

    @Test
    void aRectorCannotCreateUsersSoNobodySquatsAnotherSchoolsInvitee() throws Exception {
        Member rectorA = signedIn(school(), "Rector Ocupa", Roles.RECTOR);
        UUID owner = UUID.randomUUID();
        String email = "invitada." + owner + "@colegio.co";
        rectorA.api().body(Map.of("id", UUID.randomUUID().toString(), "email", email, "full_name", "Ocupada"))
                .post("/api/v1/users").then().statusCode(403);
        assertEquals(0, TestDatabase.count("select count(*) from identity.users where email = ?", email));

        UUID schoolB = school();
        invite(superadminIn(schoolB), email, Roles.SECRETARY);
        signIn(owner, email, schoolB).then().statusCode(200).body("roles", contains(Roles.SECRETARY));
        assertEquals(1, TestDatabase.count("select count(*) from identity.users where id = ? and email = ?", owner, email));
    }

    @Test
    void anEmailTheProviderDidNotVerifyAcceptsNothing() throws Exception {
        UUID school = school();
        String email = "sin.verificar." + UUID.randomUUID() + "@colegio.co";
        UUID invitation = invite(superadminIn(school), email, Roles.TEACHER);
        UUID account = UUID.randomUUID();
        exchange(UpstreamTokens.hs256(UpstreamTokens.claims(account, email).claim("email_verified", false)), school)
                .then().statusCode(403);
        assertEquals(1, TestDatabase.count("select count(*) from identity.invitations where id = ? and status = 'pending'",
                invitation));
        assertEquals(0, TestDatabase.count("select count(*) from identity.users where id = ?", account));
    }

    @Test
    void anEmailHeldByAnotherAccountCannotBeTakenOverByAnInvitation() throws Exception {
        UUID school = school();
        UUID holder = user("Titular Correo");
        String email = IdentityApi.email("Titular Correo", holder);
        invite(superadminIn(school), email, Roles.RECTOR);
        UUID intruder = UUID.randomUUID();
        signIn(intruder, email, school).then().statusCode(403);
        assertEquals(0, TestDatabase.count("select count(*) from identity.users where id = ?", intruder));
        assertEquals(0, TestDatabase.count("select count(*) from identity.school_memberships where school_id = ?", school));
    }

    @Test
    void anInvitationAnswersTheSameWhetherTheEmailIsKnownOrNot() {
        UUID school = school();
        Member rector = signedIn(school, "Rector Curioso", Roles.RECTOR);
        UUID known = user("Conocida Plataforma");
        Response forKnown = rector.api().body(Map.of("email", IdentityApi.email("Conocida Plataforma", known),
                "roles", List.of(Roles.TEACHER))).post("/api/v1/invitations");
        Response forUnknown = rector.api().body(Map.of("email", "nadie." + UUID.randomUUID() + "@colegio.co",
                "roles", List.of(Roles.TEACHER))).post("/api/v1/invitations");
        assertEquals(201, forKnown.statusCode());
        assertEquals(forKnown.statusCode(), forUnknown.statusCode());
        assertEquals(forKnown.jsonPath().getMap("$").keySet(), forUnknown.jsonPath().getMap("$").keySet());
        assertEquals(forKnown.jsonPath().getString("status"), forUnknown.jsonPath().getString("status"));
        assertEquals(forKnown.getHeaders().asList().stream().map(h -> h.getName()).sorted().toList(),
                forUnknown.getHeaders().asList().stream().map(h -> h.getName()).sorted().toList());
    }

    @Test
    void aSchoolAddsPeopleOnlyByInvitation() {
        UUID school = school();
        Member rector = signedIn(school, "Rector Directo", Roles.RECTOR);
        UUID someone = user("Alguien Directo");
        rector.api().body(Map.of("user_id", someone.toString(), "roles", List.of(Roles.TEACHER)))
                .post("/api/v1/memberships").then().statusCode(403);
        superadminIn(school).body(Map.of("email", "x@y.co", "roles", List.of(Roles.TEACHER)))
                .post("/api/v1/memberships").then().statusCode(400).body("errors[0].field", equalTo("email"));
    }
}
