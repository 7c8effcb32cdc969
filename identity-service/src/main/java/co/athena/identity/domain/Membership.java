package co.athena.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a user may do in one school: the roles that become the Athena token's groups. */
@Entity
@Table(name = "school_memberships")
public class Membership {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID userId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles;
    @Column(name = "is_active")
    public boolean active = true;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public List<String> roleList() {
        return List.of(roles);
    }
}
