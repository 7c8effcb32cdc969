package co.athena.documents.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A student whose files were erased when they were anonymized (Ley 1581): nothing new is kept for them. */
@Entity
@Table(name = "erased_students")
public class ErasedStudent {

    @Id
    public UUID studentId;
    public UUID schoolId;
    public Instant erasedAt;
}
