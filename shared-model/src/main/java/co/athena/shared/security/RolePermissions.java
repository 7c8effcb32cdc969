package co.athena.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static co.athena.shared.security.Permissions.*;

/**
 * The one role → permission map of the suite (DESIGN §3). Teachers' "own groups" and guardians'
 * "own children" start as no access: never wider than the design's table.
 */
public final class RolePermissions {

    private static final Map<String, Set<String>> MAP = Map.of(
            Roles.SUPERADMIN, Set.of(MANAGE_SCHOOLS, CONFIG_INSTITUTION, MANAGE_USERS, READ_STUDENTS, WRITE_STUDENTS,
                    READ_PIAR, READ_SENSITIVE_DATA, READ_ENROLLMENT, WRITE_ENROLLMENT, VALIDATE_DOCUMENTS, EXPORT_SIMAT,
                    READ_AUDIT_LOG, MANAGE_ACADEMIC, READ_ACADEMIC, READ_OWN_STUDENTS, READ_ATTENDANCE, WRITE_ATTENDANCE,
                    READ_GRADES, WRITE_GRADES),
            // the rector holds every teacher permission, or could not grant the teacher role (nobody grants above
            // themselves): read:own_students is within read:students, and a rector may correct attendance and grades
            Roles.RECTOR, Set.of(CONFIG_INSTITUTION, MANAGE_USERS, READ_STUDENTS, WRITE_STUDENTS, READ_PIAR,
                    READ_SENSITIVE_DATA, READ_ENROLLMENT, WRITE_ENROLLMENT, VALIDATE_DOCUMENTS, EXPORT_SIMAT,
                    READ_AUDIT_LOG, MANAGE_ACADEMIC, READ_ACADEMIC, READ_OWN_STUDENTS, READ_ATTENDANCE, WRITE_ATTENDANCE,
                    READ_GRADES, WRITE_GRADES),
            // the coordinator runs the academic side day to day: groups, plans and courses
            Roles.COORDINATOR, Set.of(READ_STUDENTS, READ_PIAR, READ_SENSITIVE_DATA, READ_ENROLLMENT, WRITE_ENROLLMENT,
                    VALIDATE_DOCUMENTS, EXPORT_SIMAT, MANAGE_ACADEMIC, READ_ACADEMIC, READ_ATTENDANCE, WRITE_ATTENDANCE,
                    READ_GRADES, WRITE_GRADES),
            // the secretary keys the sensitive data into SIMAT; a teacher, who sees PIAR adjustments, does not
            Roles.SECRETARY, Set.of(READ_STUDENTS, WRITE_STUDENTS, READ_SENSITIVE_DATA, READ_ENROLLMENT,
                    WRITE_ENROLLMENT, VALIDATE_DOCUMENTS, EXPORT_SIMAT, READ_ACADEMIC),
            // a teacher's student, attendance and grade permissions reach only the courses they teach (CourseScope)
            Roles.TEACHER, Set.of(READ_PIAR, READ_ACADEMIC, READ_OWN_STUDENTS, READ_ATTENDANCE, WRITE_ATTENDANCE,
                    READ_GRADES, WRITE_GRADES),
            Roles.STUDENT, Set.of(),
            Roles.ACUDIENTE, Set.of());

    private RolePermissions() {
    }

    public static Set<String> of(String role) {
        return MAP.getOrDefault(role, Set.of());
    }

    /** Whether {@code granted} gives nothing beyond what {@code granter} holds: nobody grants above themselves. */
    public static boolean covers(Collection<String> granter, Collection<String> granted) {
        return of(granter).containsAll(of(granted));
    }

    /** The roles that grant this permission, in {@link Roles#ALL}'s order. */
    public static List<String> granting(String permission) {
        return Roles.ALL.stream().filter(role -> of(role).contains(permission)).toList();
    }

    public static Set<String> of(Collection<String> roles) {
        Set<String> permissions = new TreeSet<>();
        roles.forEach(role -> permissions.addAll(of(role)));
        return permissions;
    }
}
