package co.athena.student.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "student_guardians")
@IdClass(StudentGuardian.Key.class)
public class StudentGuardian {

    @Id
    public UUID schoolId;
    @Id
    public UUID studentId;
    @Id
    public UUID guardianId;
    public String relationship;
    @Column(name = "is_primary")
    public boolean primary;
    public int priority = 1;
    public boolean canPickup = true;
    @Column(name = "is_emergency_contact")
    public boolean emergencyContact;
    public Instant createdAt;

    public record Key(UUID schoolId, UUID studentId, UUID guardianId) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}
