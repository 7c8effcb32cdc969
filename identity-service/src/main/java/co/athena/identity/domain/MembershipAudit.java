package co.athena.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One change of a membership or invitation; rows are only ever inserted. */
@Entity
@Table(name = "membership_audit")
public class MembershipAudit {

    public static final String GRANTED = "granted";
    public static final String ROLES_CHANGED = "roles_changed";
    public static final String DEACTIVATED = "deactivated";
    public static final String REACTIVATED = "reactivated";
    public static final String INVITED = "invited";
    public static final String INVITATION_REVOKED = "invitation_revoked";
    public static final String INVITATION_ACCEPTED = "invitation_accepted";

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID membershipId;
    public UUID userId;
    public UUID invitationId;
    public String actor;
    public String action;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] oldRoles;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] newRoles;
    public Instant at;
}
