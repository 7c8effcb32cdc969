package co.athena.suite.proof;

import static co.athena.shared.security.Permissions.CONFIG_INSTITUTION;
import static co.athena.shared.security.Permissions.EXPORT_SIMAT;
import static co.athena.shared.security.Permissions.MANAGE_ACADEMIC;
import static co.athena.shared.security.Permissions.MANAGE_SCHOOLS;
import static co.athena.shared.security.Permissions.MANAGE_USERS;
import static co.athena.shared.security.Permissions.READ_ACADEMIC;
import static co.athena.shared.security.Permissions.READ_ATTENDANCE;
import static co.athena.shared.security.Permissions.READ_AUDIT_LOG;
import static co.athena.shared.security.Permissions.READ_ENROLLMENT;
import static co.athena.shared.security.Permissions.READ_GRADES;
import static co.athena.shared.security.Permissions.READ_OWN_STUDENTS;
import static co.athena.shared.security.Permissions.READ_STUDENTS;
import static co.athena.shared.security.Permissions.VALIDATE_DOCUMENTS;
import static co.athena.shared.security.Permissions.WRITE_ATTENDANCE;
import static co.athena.shared.security.Permissions.WRITE_ENROLLMENT;
import static co.athena.shared.security.Permissions.WRITE_GRADES;
import static co.athena.shared.security.Permissions.WRITE_STUDENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.athena.shared.security.RolePermissions;
import co.athena.suite.client.Reply;
import co.athena.suite.proof.RunningSuite.Suite;
import co.athena.suite.scenario.SchoolScenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of every service (from their OpenAPI documents) × every role of DESIGN §3, each
 * with a token of school A: a role without the operation's permission gets 403, a role with it gets
 * past authorization (ids that exist nowhere, so nothing of A changes). A new operation fails this
 * test until it is given its permission below.
 */
@ExtendWith(RunningSuite.class)
class AuthorizationMatrixIT {

    /** Any member of the school (no permission beyond a valid token). */
    private static final String MEMBER = "member";
    /** Between permissions: either one lets the caller in (the service narrows what the narrower one sees). */
    private static final String OR = "|";
    private static final Map<String, String> REQUIRED = new TreeMap<>();

    static {
        // a job answers only callers who hold the permission that started it (404 for others: StudentImportJobTest)
        permission(MEMBER, "GET /api/v1/jobs/{id}");
        permission(MEMBER, "GET /api/v1/school", "GET /api/v1/school/settings", "GET /api/v1/school-years",
                "GET /api/v1/school-years/{id}", "GET /api/v1/school-years/{yearId}/periods",
                "GET /api/v1/school-years/{yearId}/periods/{number}");
        permission(CONFIG_INSTITUTION, "PATCH /api/v1/school/settings", "POST /api/v1/school-years",
                "PATCH /api/v1/school-years/{id}", "DELETE /api/v1/school-years/{id}",
                "POST /api/v1/school-years/{id}/transitions", "POST /api/v1/school-years/{yearId}/periods",
                "PATCH /api/v1/school-years/{yearId}/periods/{number}",
                "DELETE /api/v1/school-years/{yearId}/periods/{number}",
                "POST /api/v1/school-years/{yearId}/periods/{number}/transitions");
        permission(MANAGE_SCHOOLS, "GET /api/v1/schools", "POST /api/v1/schools", "GET /api/v1/schools/{id}",
                "PATCH /api/v1/schools/{id}", "DELETE /api/v1/schools/{id}");
        // users are platform accounts: only the platform writes them, or adds a member directly (schools invite)
        permission(MANAGE_SCHOOLS, "POST /api/v1/users", "PATCH /api/v1/users/{id}", "DELETE /api/v1/users/{id}",
                "POST /api/v1/memberships");
        permission(MANAGE_USERS, "GET /api/v1/users", "GET /api/v1/users/{id}", "GET /api/v1/memberships",
                "GET /api/v1/memberships/{id}", "PATCH /api/v1/memberships/{id}", "DELETE /api/v1/memberships/{id}",
                "POST /api/v1/invitations", "GET /api/v1/invitations", "GET /api/v1/invitations/{id}",
                "DELETE /api/v1/invitations/{id}");
        permission(READ_AUDIT_LOG, "GET /api/v1/audit-log", "GET /api/v1/students/access-log");
        // a teacher reads the students of the courses they teach (TeacherScopeTest): 404 for any other
        permission(READ_STUDENTS + OR + READ_OWN_STUDENTS, "GET /api/v1/students", "GET /api/v1/students/{id}");
        permission(READ_STUDENTS, "POST /api/v1/students/lookup",
                "POST /api/v1/students/simat-records",
                "GET /api/v1/students/{id}/guardians", "GET /api/v1/students/{id}/enrollment-history",
                "GET /api/v1/guardians", "GET /api/v1/guardians/{id}");
        // data-subject requests (Ley 1581) are acts on the record, by those who may change it
        permission(WRITE_STUDENTS, "POST /api/v1/students", "PATCH /api/v1/students/{id}",
                "DELETE /api/v1/students/{id}", "POST /api/v1/students/imports",
                "POST /api/v1/students/{id}/guardians", "DELETE /api/v1/students/{id}/guardians/{guardianId}",
                "PATCH /api/v1/guardians/{id}", "GET /api/v1/students/{id}/data-export",
                "POST /api/v1/students/{id}/anonymize");
        permission(READ_ENROLLMENT, "GET /api/v1/enrollments", "GET /api/v1/enrollments/{id}",
                "GET /api/v1/enrollments/{enrollmentId}/documents",
                "GET /api/v1/enrollments/{enrollmentId}/documents/{type}",
                "GET /api/v1/enrollments/{enrollmentId}/documents/{type}/versions");
        // the decisions next year's enrollments follow (a teacher reads grades of their own courses instead)
        permission(READ_ENROLLMENT, "GET /api/v1/promotions");
        permission(WRITE_ENROLLMENT, "POST /api/v1/enrollments/rollovers");
        permission(WRITE_ENROLLMENT, "POST /api/v1/enrollments", "PATCH /api/v1/enrollments/{id}",
                "POST /api/v1/enrollments/{id}/transitions", "PUT /api/v1/enrollments/{enrollmentId}/documents/{type}",
                "POST /api/v1/enrollments/{enrollmentId}/documents/{type}/acceptance");
        permission(VALIDATE_DOCUMENTS, "POST /api/v1/enrollments/{enrollmentId}/documents/{type}/validation");
        permission(READ_ACADEMIC, "GET /api/v1/academic-areas", "GET /api/v1/academic-areas/{id}",
                "GET /api/v1/subjects", "GET /api/v1/subjects/{id}", "GET /api/v1/class-groups",
                "GET /api/v1/class-groups/{id}", "GET /api/v1/study-plans", "GET /api/v1/study-plans/{id}",
                "GET /api/v1/course-offerings", "GET /api/v1/course-offerings/{id}",
                "GET /api/v1/course-offerings/{id}/assignments", "GET /api/v1/teacher-assignments",
                "GET /api/v1/teacher-assignments/{id}", "GET /api/v1/class-groups/{id}/roster",
                "GET /api/v1/course-offerings/{id}/roster", "GET /api/v1/unplaced-enrollments",
                "GET /api/v1/evaluation-system", "GET /api/v1/evaluation-system/changes");
        // a teacher acts on the courses they teach only (AttendanceTest): 403 for any other
        permission(READ_ATTENDANCE, "GET /api/v1/course-offerings/{id}/attendance/{date}",
                "GET /api/v1/course-offerings/{id}/absences");
        permission(WRITE_ATTENDANCE, "POST /api/v1/course-offerings/{id}/attendance",
                "POST /api/v1/course-offerings/{id}/attendance/{date}/corrections");
        // likewise for grades (GradesTest)
        permission(READ_GRADES, "GET /api/v1/course-offerings/{id}/activities", "GET /api/v1/activities/{id}",
                "GET /api/v1/activities/{id}/scores", "GET /api/v1/course-offerings/{id}/recoveries",
                "GET /api/v1/course-offerings/{id}/grades", "GET /api/v1/class-groups/{id}/grades",
                "GET /api/v1/student-grades/{studentId}", "GET /api/v1/report-cards", "GET /api/v1/report-cards/{id}",
                "GET /api/v1/class-groups/{id}/report-cards/pdf");
        permission(WRITE_GRADES, "POST /api/v1/course-offerings/{id}/activities", "PUT /api/v1/activities/{id}/scores",
                "POST /api/v1/course-offerings/{id}/recoveries", "PUT /api/v1/report-cards/{id}/director-comment");
        permission(MANAGE_ACADEMIC, "POST /api/v1/academic-areas", "PATCH /api/v1/academic-areas/{id}",
                "DELETE /api/v1/academic-areas/{id}", "POST /api/v1/academic-areas/ley-general",
                "POST /api/v1/subjects", "PATCH /api/v1/subjects/{id}", "DELETE /api/v1/subjects/{id}",
                "POST /api/v1/class-groups", "PATCH /api/v1/class-groups/{id}", "DELETE /api/v1/class-groups/{id}",
                "POST /api/v1/study-plans", "PATCH /api/v1/study-plans/{id}", "DELETE /api/v1/study-plans/{id}",
                "POST /api/v1/course-offerings", "PATCH /api/v1/course-offerings/{id}",
                "DELETE /api/v1/course-offerings/{id}", "POST /api/v1/course-offerings/generation",
                "POST /api/v1/course-offerings/{id}/assignments", "POST /api/v1/teacher-assignments/{id}/end",
                "PUT /api/v1/evaluation-system", "POST /api/v1/report-cards/publications",
                "POST /api/v1/report-cards/{id}/corrections", "POST /api/v1/promotions/computations",
                "PUT /api/v1/promotions/{id}", "POST /api/v1/promotions/confirmations");
        permission(EXPORT_SIMAT, "GET /api/v1/simat/exports", "POST /api/v1/simat/exports", "GET /api/v1/simat/novelties",
                "GET /api/v1/simat/exports/{id}", "POST /api/v1/simat/exports/{id}/confirm");
    }

    private static void permission(String permission, String... operations) {
        for (String operation : operations) {
            REQUIRED.put(operation, permission);
        }
    }

    @Test
    void everyRoleGetsExactlyWhatDesignGrants() {
        Suite suite = RunningSuite.get();
        SchoolScenario a = suite.a();
        RequestFactory nowhere = RequestFactory.aimedAtNothing();
        List<String> roles = new ArrayList<>(List.of("superadmin"));
        roles.addAll(RunningSuite.SCHOOL_ROLES);
        List<String> failures = new ArrayList<>();
        int allowed = 0;
        int denied = 0;
        for (ApiOperation op : Operations.all(suite)) {
            if (TenantIsolationIT.NOT_DRIVEN.containsKey(op.key())) {
                continue;
            }
            String permission = REQUIRED.get(op.key());
            if (permission == null) {
                failures.add(op + ": not in the matrix — give it its permission");
                continue;
            }
            for (String role : roles) {
                boolean grants = permission.equals(MEMBER) || List.of(permission.split("\\" + OR)).stream()
                        .anyMatch(RolePermissions.of(role)::contains);
                Reply reply = nowhere.send(suite.http(), op, nowhere.path(op).orElseThrow(), a.token(role));
                if (grants && (reply.status() == 401 || reply.status() == 403 || reply.status() >= 500)) {
                    failures.add(op + " as " + role + " (has " + permission + ") → " + reply.status() + " "
                            + reply.text());
                } else if (!grants && reply.status() != 403) {
                    failures.add(op + " as " + role + " (lacks " + permission + ") → " + reply.status() + " "
                            + reply.text());
                }
                if (grants) {
                    allowed++;
                } else {
                    denied++;
                }
            }
        }
        System.out.printf("authorization matrix: %d operations × %d roles = %d calls (%d allowed, %d denied)%n",
                REQUIRED.size(), roles.size(), allowed + denied, allowed, denied);
        assertEquals(List.of(), failures);
    }

    @Test
    void piarDataIsLeftOutForCallersWithoutReadPiar() {
        Suite suite = RunningSuite.get();
        SchoolScenario a = suite.a();
        String student = "/api/v1/students/" + a.studentId;
        SchoolScenario.expect(200, suite.http().patch(suite.at().student(student), a.token("rector"),
                Map.of("piar_data", Map.of("diagnostico", "TDAH", "ajustes", "tiempo adicional")), null));

        JsonNode forCoordinator = SchoolScenario.expect(200, suite.http().get(suite.at().student(student),
                a.token("coordinator"))).json();
        JsonNode forSecretary = SchoolScenario.expect(200, suite.http().get(suite.at().student(student),
                a.token("secretary"))).json();
        assertEquals("TDAH", forCoordinator.at("/piar_data/diagnostico").asText());
        assertFalse(forSecretary.has("piar_data"), forSecretary.toString());
        assertEquals(forCoordinator.path("full_name"), forSecretary.path("full_name"), "the rest of the record stays");
        for (String role : List.of("coordinator", "secretary")) {
            String list = SchoolScenario.expect(200, suite.http().get(suite.at().student("/api/v1/students?q="
                    + a.documentNumber), a.token(role))).text();
            assertTrue(list.contains(a.studentId.toString()) && !list.contains("TDAH"), role + ": " + list);
        }
        String export = SchoolScenario.expect(200, suite.http().get(suite.at().student(student + "/data-export"),
                a.token("secretary"))).text();
        assertFalse(export.contains("TDAH"), "the secretary's data export carries PIAR data: " + export);
    }
}
