package co.athena.shared.security;

import java.util.List;

/** The roles a school membership (or the platform, for superadmin) can hold. */
public final class Roles {

    public static final String SUPERADMIN = "superadmin";
    public static final String RECTOR = "rector";
    public static final String COORDINATOR = "coordinator";
    public static final String SECRETARY = "secretary";
    public static final String TEACHER = "teacher";
    public static final String STUDENT = "student";
    public static final String ACUDIENTE = "acudiente";

    public static final List<String> ALL = List.of(SUPERADMIN, RECTOR, COORDINATOR, SECRETARY, TEACHER, STUDENT, ACUDIENTE);

    /** Roles a school may grant through the API: superadmin comes only from platform configuration. */
    public static final List<String> GRANTABLE = List.of(RECTOR, COORDINATOR, SECRETARY, TEACHER, STUDENT, ACUDIENTE);

    private Roles() {
    }
}
