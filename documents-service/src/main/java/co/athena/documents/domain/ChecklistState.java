package co.athena.documents.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What the checklist progress last announced for an enrollment. */
@Entity
@Table(name = "checklist_states")
@IdClass(ChecklistState.Key.class)
public class ChecklistState {

    /** The composite key, as Hibernate wants it: a mutable class with value equality. */
    public static class Key implements Serializable {
        public UUID schoolId;
        public UUID enrollmentId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(schoolId, key.schoolId)
                    && Objects.equals(enrollmentId, key.enrollmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(schoolId, enrollmentId);
        }
    }

    @Id
    public UUID schoolId;
    @Id
    public UUID enrollmentId;
    public boolean complete;
    public long checklistVersion;
    public Instant updatedAt;
}
