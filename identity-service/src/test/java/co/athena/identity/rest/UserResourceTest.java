package co.athena.identity.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static co.athena.identity.rest.IdentityApi.as;
import static co.athena.identity.rest.IdentityApi.member;
import static co.athena.identity.rest.IdentityApi.platform;
import static co.athena.identity.rest.IdentityApi.school;
import static co.athena.identity.rest.IdentityApi.user;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class UserResourceTest {

    @Test
    void createsReadsAndPatchesUsers() {
        UUID id = UUID.randomUUID();
        platform().body(Map.of("id", id.toString(), "email", "Maria.Lopez@Colegio.co", "full_name", "María López"))
                .post("/api/v1/users").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/users/" + id))
                .body("is_active", equalTo(true)).body("is_superadmin", equalTo(false));
        platform().get("/api/v1/users/" + id).then().statusCode(200).body("full_name", equalTo("María López"));
        platform().header("If-Match", "\"0\"").body(Map.of("full_name", "María José López"))
                .patch("/api/v1/users/" + id).then().statusCode(200).body("version", equalTo(1));
        platform().header("If-Match", "\"0\"").body(Map.of("full_name", "Otra"))
                .patch("/api/v1/users/" + id).then().statusCode(412);
        platform().queryParam("q", "josé").get("/api/v1/users").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() throws Exception {
        UUID first = UUID.randomUUID();
        String email = "dup." + first + "@colegio.co";
        platform().body(Map.of("id", first.toString(), "email", email, "full_name", "Uno")).post("/api/v1/users")
                .then().statusCode(201);
        platform().body(Map.of("id", UUID.randomUUID().toString(), "email", email.toUpperCase(), "full_name", "Dos"))
                .post("/api/v1/users").then().statusCode(409).contentType("application/problem+json");
        platform().body(Map.of("id", first.toString(), "email", "otro." + first + "@colegio.co", "full_name", "Tres"))
                .post("/api/v1/users").then().statusCode(409);
        assertEquals(1, TestDatabase.count("select count(*) from identity.users where lower(email) = lower(?)", email));
    }

    @Test
    void refusesBadUsersAndWritesNothing() throws Exception {
        long before = TestDatabase.count("select count(*) from identity.users");
        platform().body(Map.of("email", "not-an-email", "full_name", "")).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItems("id", "email", "full_name"));
        platform().body(Map.of("id", "123", "email", "a@b.co", "full_name", "X")).post("/api/v1/users")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        platform().body(Map.of("id", UUID.randomUUID().toString(), "email", "a@b.co", "full_name", "X",
                "is_superadmin", true)).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("is_superadmin"));
        assertEquals(before, TestDatabase.count("select count(*) from identity.users"));
    }

    @Test
    void aRectorSeesOnlyTheMembersOfTheirSchool() {
        UUID schoolA = school();
        UUID schoolB = school();
        UUID inA = user("Docente A");
        UUID inB = user("Docente B");
        member(schoolA, inA, Roles.TEACHER);
        member(schoolB, inB, Roles.TEACHER);
        String rectorA = TestTokens.forSchool(schoolA, Roles.RECTOR);
        as(rectorA).get("/api/v1/users").then().statusCode(200)
                .body("items.id", hasItem(inA.toString())).body("items.id", not(hasItem(inB.toString())));
        as(rectorA).get("/api/v1/users/" + inB).then().statusCode(404);
        as(rectorA).body(Map.of("full_name", "Cambiado")).patch("/api/v1/users/" + inB).then().statusCode(403);
        as(rectorA).delete("/api/v1/users/" + inA).then().statusCode(403);
        platform().get("/api/v1/users/" + inB).then().statusCode(200).body("full_name", equalTo("Docente B"));
        platform().get("/api/v1/users").then().statusCode(200).body("items", not(hasSize(0)));
    }

    @Test
    void onlyTheSuperadminDeactivatesAUserAndNeverTheBootstrapOne() {
        UUID id = user("Se Va");
        platform().delete("/api/v1/users/" + id).then().statusCode(200).body("is_active", equalTo(false));
        platform().delete("/api/v1/users/75bb762d-2e44-39e4-8720-69c9dfff6ff6").then().statusCode(409);
    }

    @Test
    void rolesWithoutManageUsersAreForbidden() {
        UUID school = school();
        for (String role : new String[] {Roles.SECRETARY, Roles.COORDINATOR, Roles.TEACHER, Roles.ACUDIENTE}) {
            as(TestTokens.forSchool(school, role)).get("/api/v1/users").then().statusCode(403);
            as(TestTokens.forSchool(school, role)).body(Map.of("id", UUID.randomUUID().toString(), "email", "x@y.co",
                    "full_name", "X")).post("/api/v1/users").then().statusCode(403);
        }
        as(TestTokens.signedByStranger(school, Roles.RECTOR)).get("/api/v1/users").then().statusCode(401);
        as(TestTokens.expired(school, Roles.RECTOR)).get("/api/v1/users").then().statusCode(401);
    }
}
