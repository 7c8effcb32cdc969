package co.athena.shared.security;

/**
 * The permission vocabulary of DESIGN §3, as used in {@code @PermissionsAllowed}. Quarkus reads
 * {@code "read:students"} as permission {@code read} with action {@code students}.
 */
public final class Permissions {

    public static final String MANAGE_SCHOOLS = "manage:schools";
    public static final String CONFIG_INSTITUTION = "config:institution";
    public static final String MANAGE_USERS = "manage:users";
    public static final String READ_STUDENTS = "read:students";
    public static final String WRITE_STUDENTS = "write:students";
    public static final String READ_PIAR = "read:piar";
    /** A minor's sensitive data SIMAT asks for (disability, ethnic group, victim status, SISBÉN…): shown and changed only with it. */
    public static final String READ_SENSITIVE_DATA = "read:sensitive_data";
    public static final String READ_ENROLLMENT = "read:enrollment";
    public static final String WRITE_ENROLLMENT = "write:enrollment";
    public static final String VALIDATE_DOCUMENTS = "validate:documents";
    public static final String EXPORT_SIMAT = "export:simat";
    public static final String READ_AUDIT_LOG = "read:audit_log";
    /** The academic structure: areas, subjects, class groups, study plans, course offerings. */
    public static final String MANAGE_ACADEMIC = "manage:academic";
    public static final String READ_ACADEMIC = "read:academic";
    /** A teacher's view of students: only those currently in the courses they teach (read:students sees all). */
    public static final String READ_OWN_STUDENTS = "read:own_students";
    /** Attendance: a teacher for the courses they teach; staff who read every student, for every course. */
    public static final String READ_ATTENDANCE = "read:attendance";
    public static final String WRITE_ATTENDANCE = "write:attendance";
    /** Evaluation activities and scores: a teacher for the courses they teach; staff who see every student, all. */
    public static final String READ_GRADES = "read:grades";
    public static final String WRITE_GRADES = "write:grades";

    private Permissions() {
    }
}
