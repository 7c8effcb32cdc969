package co.athena.shared;

import co.athena.shared.security.RolePermissions;
import co.athena.shared.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static co.athena.shared.security.Permissions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolePermissionsTest {

    @Test
    void onlySuperadminManagesSchools() {
        for (String role : Roles.ALL) {
            assertEquals(role.equals(Roles.SUPERADMIN), RolePermissions.of(role).contains(MANAGE_SCHOOLS), role);
        }
    }

    @Test
    void secretaryWritesStudentsButNeverSeesPiarOrAudit() {
        Set<String> secretary = RolePermissions.of(Roles.SECRETARY);
        assertTrue(secretary.containsAll(List.of(READ_STUDENTS, WRITE_STUDENTS, WRITE_ENROLLMENT, EXPORT_SIMAT)));
        assertFalse(secretary.contains(READ_PIAR));
        assertFalse(secretary.contains(READ_AUDIT_LOG));
        assertFalse(secretary.contains(CONFIG_INSTITUTION));
    }

    @ParameterizedTest(name = "{0} reads sensitive data: {1}")
    @CsvSource({"superadmin, true", "rector, true", "coordinator, true", "secretary, true", "teacher, false",
            "student, false", "acudiente, false"})
    void sensitiveDataIsForTheStaffWhoReportItToSimat(String role, boolean reads) {
        assertEquals(reads, RolePermissions.of(role).contains(READ_SENSITIVE_DATA));
    }

    @ParameterizedTest(name = "{0}: whole school {1}, own students {2}, reads attendance and grades {3}, writes them {4}")
    @CsvSource({
            "superadmin,  true,  true,  true,  true",
            "rector,      true,  true,  true,  true",
            "coordinator, true,  false, true,  true",
            "secretary,   true,  false, false, false",
            "teacher,     false, true,  true,  true",
            "student,     false, false, false, false",
            "acudiente,   false, false, false, false"})
    void teachersReachTheirOwnStudentsAttendanceAndGradesWhileStaffReachTheWholeSchool(String role,
                                                                                      boolean wholeSchool,
                                                                                      boolean ownStudents,
                                                                                      boolean readsCourses,
                                                                                      boolean writesCourses) {
        Set<String> permissions = RolePermissions.of(role);
        assertEquals(wholeSchool, permissions.contains(READ_STUDENTS));
        assertEquals(ownStudents, permissions.contains(READ_OWN_STUDENTS));
        assertEquals(readsCourses, permissions.contains(READ_ATTENDANCE));
        assertEquals(writesCourses, permissions.contains(WRITE_ATTENDANCE));
        assertEquals(readsCourses, permissions.contains(READ_GRADES));
        assertEquals(writesCourses, permissions.contains(WRITE_GRADES));
    }

    @Test
    void studentsAndGuardiansStartWithNoAccessAndUnknownRolesGrantNothing() {
        assertTrue(RolePermissions.of(List.of(Roles.STUDENT, Roles.ACUDIENTE, "janitor")).isEmpty());
    }

    @Test
    void rolesAddUp() {
        assertEquals(RolePermissions.of(Roles.RECTOR), RolePermissions.of(List.of(Roles.RECTOR, Roles.TEACHER)));
    }

    @ParameterizedTest(name = "{0} may grant {1}: {2}")
    @CsvSource({
            "rector,      rector,      true",
            "rector,      coordinator, true",
            "rector,      acudiente,   true",
            "superadmin,  rector,      true",
            "coordinator, secretary,   false",
            "coordinator, rector,      false",
            "secretary,   coordinator, false",
            "teacher,     rector,      false",
            "teacher,     student,     true"})
    void nobodyGrantsMoreThanTheyHold(String granter, String granted, boolean allowed) {
        assertEquals(allowed, RolePermissions.covers(List.of(granter), List.of(granted)));
    }
}
