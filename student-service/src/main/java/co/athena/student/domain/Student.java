package co.athena.student.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "students")
public class Student {

    @Id
    public UUID id;
    public UUID schoolId;
    public String documentType;
    public String documentNumber;
    public String firstName;
    public String secondName;
    public String firstSurname;
    public String secondSurname;
    public String fullName;
    public LocalDate birthDate;
    public String gender;
    @Column(name = "is_active")
    public boolean active = true;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> extraData = Map.of();
    /** Special-education plan (PIAR/DUA): only for read:piar, every access logged. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> piarData;
    public UUID userId;
    /** {@link Characterization} as stored. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> characterization = Map.of();
    /** {@link SensitiveData} as stored: only for read:sensitive_data. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> sensitiveData = Map.of();
    @Column(insertable = false, updatable = false)
    public String searchName;
    public Instant anonymizedAt;
    /** What staff gave as the reason of a deactivation: kept here, never sent to other services. */
    public String deactivationReason;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public void rename(String first, String second, String firstSur, String secondSur) {
        firstName = PersonName.clean(first);
        secondName = PersonName.clean(second);
        firstSurname = PersonName.clean(firstSur);
        secondSurname = PersonName.clean(secondSur);
        fullName = PersonName.fullName(firstName, secondName, firstSurname, secondSurname);
    }
}
