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
import java.util.concurrent.CompletableFuture;

import static co.athena.identity.rest.IdentityApi.as;
import static co.athena.identity.rest.IdentityApi.invite;
import static co.athena.identity.rest.IdentityApi.signIn;
import static co.athena.identity.rest.IdentityApi.signedIn;
import static co.athena.identity.rest.IdentityApi.member;
import static co.athena.identity.rest.IdentityApi.school;
import static co.athena.identity.rest.IdentityApi.superadminIn;
import static co.athena.identity.rest.IdentityApi.user;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MembershipResourceTest {

    @Test
    void grantsChangesAndAuditsRoles() {
        UUID school = school();
        Member rector = signedIn(school, "Rectora Auditada", Roles.RECTOR);
        UUID teacher = UUID.randomUUID();
        String email = "docente.auditado." + teacher + "@colegio.co";
        UUID invitation = invite(rector.api(), email, Roles.TEACHER);
        signIn(teacher, email, school).then().statusCode(200);
        UUID membership = UUID.fromString(rector.api().get("/api/v1/invitations/" + invitation).then()
                .body("status", equalTo("accepted")).extract().path("membership_id"));
        rector.api().header("If-Match", "\"0\"").body(Map.of("roles", List.of(Roles.TEACHER, Roles.COORDINATOR)))
                .patch("/api/v1/memberships/" + membership).then().statusCode(200)
                .body("roles", contains(Roles.TEACHER, Roles.COORDINATOR));
        rector.api().delete("/api/v1/memberships/" + membership).then().statusCode(200)
                .body("is_active", equalTo(false));
        rector.api().queryParam("user_id", teacher).get("/api/v1/audit-log").then().statusCode(200)
                .body("items.action", contains("invitation_accepted", "granted", "roles_changed", "deactivated"))
                .body("items[0].invitation_id", equalTo(invitation.toString()))
                .body("items[0].actor", equalTo(teacher.toString()))
                .body("items[2].old_roles", contains(Roles.TEACHER))
                .body("items[2].new_roles", contains(Roles.TEACHER, Roles.COORDINATOR))
                .body("items[2].actor", equalTo(rector.user().toString()));
        as(TestTokens.forSchool(school, Roles.SECRETARY)).get("/api/v1/audit-log").then().statusCode(403);
    }

    @Test
    void refusesInvalidRolesAndSuperadminAndChangesNothing() throws Exception {
        UUID school = school();
        UUID someone = user("Alguien");
        superadminIn(school).body(Map.of("user_id", someone.toString(), "roles", List.of(Roles.SUPERADMIN)))
                .post("/api/v1/memberships").then().statusCode(400)
                .body("errors[0].field", equalTo("roles[0]"))
                .body("errors[0].message", containsString("superadmin cannot be granted"));
        superadminIn(school).body(Map.of("user_id", someone.toString(), "roles", List.of("janitor")))
                .post("/api/v1/memberships").then().statusCode(400);
        superadminIn(school).body(Map.of("user_id", someone.toString(), "roles", List.of()))
                .post("/api/v1/memberships").then().statusCode(400).body("errors[0].field", equalTo("roles"));
        superadminIn(school).body(Map.of("user_id", UUID.randomUUID().toString(), "roles", List.of(Roles.TEACHER)))
                .post("/api/v1/memberships").then().statusCode(422);
        UUID membership = member(school, someone, Roles.TEACHER);
        superadminIn(school).body(Map.of("user_id", someone.toString(), "roles", List.of(Roles.TEACHER)))
                .post("/api/v1/memberships").then().statusCode(409);
        superadminIn(school).body(Map.of("roles", List.of(Roles.SUPERADMIN))).patch("/api/v1/memberships/" + membership)
                .then().statusCode(400);
        assertEquals(1, TestDatabase.count("select count(*) from identity.school_memberships where user_id = ?", someone));
        assertEquals(1, TestDatabase.count("select count(*) from identity.membership_audit where user_id = ?", someone));
    }

    @Test
    void theSchoolAlwaysKeepsAnActiveRector() {
        UUID school = school();
        UUID first = member(school, user("Rector Uno"), Roles.RECTOR);
        superadminIn(school).delete("/api/v1/memberships/" + first).then().statusCode(409)
                .body("detail", containsString("at least one active rector"));
        superadminIn(school).body(Map.of("roles", List.of(Roles.TEACHER))).patch("/api/v1/memberships/" + first)
                .then().statusCode(409);
        UUID second = member(school, user("Rector Dos"), Roles.RECTOR);
        superadminIn(school).delete("/api/v1/memberships/" + first).then().statusCode(200);
        superadminIn(school).body(Map.of("is_active", false)).patch("/api/v1/memberships/" + second).then().statusCode(409);
        superadminIn(school).get("/api/v1/memberships/" + second).then().body("is_active", equalTo(true));
    }

    @Test
    void twoConcurrentRemovalsCannotLeaveTheSchoolWithoutRector() throws Exception {
        UUID school = school();
        UUID a = member(school, user("Rector A"), Roles.RECTOR);
        UUID b = member(school, user("Rector B"), Roles.RECTOR);
        var first = CompletableFuture.supplyAsync(() -> superadminIn(school).delete("/api/v1/memberships/" + a).statusCode());
        var second = CompletableFuture.supplyAsync(() -> superadminIn(school).delete("/api/v1/memberships/" + b).statusCode());
        assertEquals(List.of(200, 409), java.util.stream.Stream.of(first.get(), second.get()).sorted().toList());
        assertEquals(1, TestDatabase.count("select count(*) from identity.school_memberships where school_id = ? "
                + "and is_active and 'rector' = any(roles)", school));
    }

    @Test
    void aRectorOfSchoolAneverSeesOrChangesSchoolBsMemberships() throws Exception {
        UUID schoolA = school();
        UUID schoolB = school();
        UUID memberB = member(schoolB, user("De B"), Roles.TEACHER);
        String rectorA = signedIn(schoolA, "Rector A", Roles.RECTOR).token();
        as(rectorA).get("/api/v1/memberships/" + memberB).then().statusCode(404);
        as(rectorA).get("/api/v1/memberships").then().body("items.id", not(hasItem(memberB.toString())));
        as(rectorA).body(Map.of("roles", List.of(Roles.RECTOR))).patch("/api/v1/memberships/" + memberB)
                .then().statusCode(404);
        as(rectorA).delete("/api/v1/memberships/" + memberB).then().statusCode(404);
        as(rectorA).get("/api/v1/audit-log").then().body("items.membership_id", not(hasItem(memberB.toString())));
        superadminIn(schoolB).get("/api/v1/memberships/" + memberB).then().statusCode(200)
                .body("roles", contains(Roles.TEACHER)).body("is_active", equalTo(true)).body("version", equalTo(0));
        assertEquals(1, TestDatabase.count("select count(*) from identity.membership_audit where membership_id = ?", memberB));
    }
}
