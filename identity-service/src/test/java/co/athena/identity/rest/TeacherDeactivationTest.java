package co.athena.identity.rest;

import co.athena.identity.AcademicFake;
import co.athena.identity.rest.IdentityApi.Member;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.identity.rest.IdentityApi.member;
import static co.athena.identity.rest.IdentityApi.school;
import static co.athena.identity.rest.IdentityApi.signedIn;
import static co.athena.identity.rest.IdentityApi.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A teacher who still gives courses keeps the role: academic-service is asked first (DESIGN §8). */
@QuarkusTest
class TeacherDeactivationTest {

    private UUID school;
    private Member rector;

    @BeforeEach
    void schoolWithARector() {
        school = school();
        rector = signedIn(school, "Rectora Docentes", Roles.RECTOR);
    }

    @Test
    void aTeacherWithOpenAssignmentsIsNeitherDeactivatedNorStrippedOfTheRole() throws Exception {
        UUID teacher = user("Docente Asignada");
        UUID membership = member(school, teacher, Roles.TEACHER);
        UUID assignment = AcademicFake.teaches(school, teacher);
        rector.api().delete("/api/v1/memberships/" + membership).then().statusCode(409)
                .body("detail", containsString(assignment.toString()));
        rector.api().body(Map.of("roles", List.of(Roles.COORDINATOR))).patch("/api/v1/memberships/" + membership)
                .then().statusCode(409);
        assertEquals(1, TestDatabase.count("select count(*) from identity.school_memberships where id = ? and is_active "
                + "and version = 0", membership));
        // another role beside teaching is fine
        rector.api().body(Map.of("roles", List.of(Roles.TEACHER, Roles.COORDINATOR)))
                .patch("/api/v1/memberships/" + membership).then().statusCode(200);
    }

    @Test
    void aTeacherWithoutCoursesIsDeactivatedAndOtherMembersAreNotAskedAbout() {
        UUID teacher = user("Docente Libre");
        UUID membership = member(school, teacher, Roles.TEACHER);
        rector.api().delete("/api/v1/memberships/" + membership).then().statusCode(200)
                .body("is_active", equalTo(false));
        UUID secretary = member(school, user("Secretaria"), Roles.SECRETARY);
        AcademicFake.academic().clearReceived();
        rector.api().delete("/api/v1/memberships/" + secretary).then().statusCode(200);
        assertEquals(List.of(), AcademicFake.academic().received());
    }

    @Test
    void academicServiceDownIsA503AndTheTeacherStays() throws Exception {
        UUID teacher = user("Docente Espera");
        UUID membership = member(school, teacher, Roles.TEACHER);
        AcademicFake.academic().down();
        try {
            rector.api().delete("/api/v1/memberships/" + membership).then().statusCode(503)
                    .body("detail", containsString("academic-service"));
        } finally {
            AcademicFake.academic().up();
        }
        assertEquals(1, TestDatabase.count("select count(*) from identity.school_memberships where id = ? and is_active",
                membership));
    }
}
