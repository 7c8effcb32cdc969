package co.athena.identity.repository;

import java.util.List;

/**
 * What the token exchange needs about one user in one school, read in one query: whether the user
 * is active (and superadmin), whether the school is known and active, and the membership's roles.
 */
public record Grant(boolean userActive, boolean superadmin, String email, boolean schoolActive,
                    boolean membershipActive, List<String> roles) {

    /** A row of {@code access_grant}: the school and the membership are absent when unknown. */
    static Grant of(boolean userActive, boolean superadmin, String email, Boolean schoolActive,
                    Boolean membershipActive, String[] roles) {
        return new Grant(userActive, superadmin, email, Boolean.TRUE.equals(schoolActive),
                Boolean.TRUE.equals(membershipActive), roles == null ? List.of() : List.of(roles));
    }
}
