package co.athena.documents.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** Proof of a guardian's consent: never changed (the service role cannot update or delete it). */
@Entity
@Immutable
@Table(name = "consent_acceptances")
public class ConsentAcceptance {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID enrollmentId;
    public UUID studentId;
    @Enumerated(EnumType.STRING)
    public DocumentType documentType;
    public UUID acceptedByGuardianId;
    public int policyTextVersion;
    public Instant acceptedAt;
    public String recordedBy;
}
