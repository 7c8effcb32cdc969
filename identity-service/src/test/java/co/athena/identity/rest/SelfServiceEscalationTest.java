package co.athena.identity.rest;

import co.athena.identity.rest.IdentityApi.Member;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.identity.rest.IdentityApi.as;
import static co.athena.identity.rest.IdentityApi.school;
import static co.athena.identity.rest.IdentityApi.signedIn;
import static co.athena.identity.rest.IdentityApi.superadminIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nobody raises or restores their own access. Tokens here are minted after the change they outlive,
 * as one would be if the revocation had not arrived yet: the database check alone must hold.
 */
@QuarkusTest
class SelfServiceEscalationTest {

    @Test
    void nobodyChangesTheirOwnMembership() throws Exception {
        UUID school = school();
        Member rector = signedIn(school, "Rectora Propia", Roles.RECTOR);
        signedIn(school, "Rector Otro", Roles.RECTOR);
        rector.api().body(Map.of("roles", List.of(Roles.RECTOR, Roles.TEACHER)))
                .patch("/api/v1/memberships/" + rector.membership()).then().statusCode(403);
        rector.api().delete("/api/v1/memberships/" + rector.membership()).then().statusCode(403);
        assertEquals(1, TestDatabase.count("select count(*) from identity.school_memberships where id = ? and version = 0",
                rector.membership()));
    }

    @Test
    void aDeactivatedMemberCannotReactivateThemselves() throws Exception {
        UUID school = school();
        Member first = signedIn(school, "Rector Primero", Roles.RECTOR);
        Member second = signedIn(school, "Rector Segundo", Roles.RECTOR);
        first.api().delete("/api/v1/memberships/" + second.membership()).then().statusCode(200);
        String stillValid = TestTokens.forUser(second.user().toString(), school, Roles.RECTOR);
        as(stillValid).body(Map.of("is_active", true)).patch("/api/v1/memberships/" + second.membership())
                .then().statusCode(403);
        assertEquals(0, TestDatabase.count("select count(*) from identity.school_memberships where id = ? and is_active",
                second.membership()));
    }

    @Test
    void aDeactivatedRectorsTokenWritesNothingInIdentity() throws Exception {
        UUID school = school();
        Member first = signedIn(school, "Rector Que Queda", Roles.RECTOR);
        Member gone = signedIn(school, "Rector Que Se Va", Roles.RECTOR);
        Member teacher = signedIn(school, "Docente Tranquila", Roles.TEACHER);
        UUID invitation = IdentityApi.invite(first.api(), "pendiente." + UUID.randomUUID() + "@colegio.co", Roles.TEACHER);
        first.api().delete("/api/v1/memberships/" + gone.membership()).then().statusCode(200);
        String stillValid = TestTokens.forUser(gone.user().toString(), school, Roles.RECTOR);

        as(stillValid).body(Map.of("email", "cuenta.b." + UUID.randomUUID() + "@colegio.co", "roles", List.of(Roles.RECTOR)))
                .post("/api/v1/invitations").then().statusCode(403);
        as(stillValid).body(Map.of("roles", List.of(Roles.RECTOR))).patch("/api/v1/memberships/" + teacher.membership())
                .then().statusCode(403);
        as(stillValid).delete("/api/v1/memberships/" + first.membership()).then().statusCode(403);
        as(stillValid).delete("/api/v1/invitations/" + invitation).then().statusCode(403);

        assertEquals(0, TestDatabase.count("select count(*) from identity.invitations where invited_by = ?", gone.user()));
        assertEquals(3, TestDatabase.count("select count(*) from identity.school_memberships where school_id = ? "
                + "and version = case when id = ? then 1 else 0 end", school, gone.membership()));
        assertEquals(1, TestDatabase.count("select count(*) from identity.invitations where id = ? and status = 'pending'",
                invitation));
    }

    @Test
    void aTokenWhoseUserIsUnknownWritesNothing() throws Exception {
        UUID school = school();
        signedIn(school, "Rectora Real", Roles.RECTOR);
        String forged = TestTokens.forSchool(school, Roles.RECTOR);
        as(forged).body(Map.of("email", "x." + UUID.randomUUID() + "@colegio.co", "roles", List.of(Roles.TEACHER)))
                .post("/api/v1/invitations").then().statusCode(403);
        assertEquals(0, TestDatabase.count("select count(*) from identity.invitations where school_id = ?", school));
    }

    @Test
    void superadminCannotBeGrantedByInvitation() throws Exception {
        UUID school = school();
        superadminIn(school).body(Map.of("email", "s." + UUID.randomUUID() + "@colegio.co", "roles", List.of(Roles.SUPERADMIN)))
                .post("/api/v1/invitations").then().statusCode(400);
        assertEquals(0, TestDatabase.count("select count(*) from identity.invitations where school_id = ?", school));
    }
}
