package co.athena.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An email invited into one school with roles; the upstream account with that verified email accepts it once. */
@Entity
@Table(name = "invitations")
public class Invitation {

    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    public static final String REVOKED = "revoked";
    public static final String EXPIRED = "expired";

    @Id
    public UUID id;
    public UUID schoolId;
    public String email;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles;
    public String status = PENDING;
    public Instant expiresAt;
    public UUID invitedBy;
    public UUID acceptedBy;
    public UUID membershipId;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public boolean isOpenAt(Instant now) {
        return PENDING.equals(status) && now.isBefore(expiresAt);
    }

    /** The status as a caller should see it: a pending invitation past its time has expired. */
    public String statusAt(Instant now) {
        return PENDING.equals(status) && !now.isBefore(expiresAt) ? EXPIRED : status;
    }

    public List<String> roleList() {
        return List.of(roles);
    }
}
