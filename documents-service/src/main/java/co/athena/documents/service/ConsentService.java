package co.athena.documents.service;

import co.athena.documents.client.References;
import co.athena.documents.domain.ConsentAcceptance;
import co.athena.documents.domain.DocumentType;
import co.athena.documents.repository.ConsentRepository;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Guardian consents (habeas data, tratamiento de datos): who accepted, for which student, which text
 * version, when. Kept as proof: a new acceptance supersedes, nothing is edited or deleted.
 */
@ApplicationScoped
public class ConsentService {

    private final ConsentRepository consents;
    private final ChecklistProgress progress;
    private final References references;
    private final TenantTransactions transactions;
    private final TenantContext tenant;

    public ConsentService(ConsentRepository consents, ChecklistProgress progress, References references,
                          TenantTransactions transactions, TenantContext tenant) {
        this.consents = consents;
        this.progress = progress;
        this.references = references;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    /**
     * The guardian must be linked to the enrollment's student (422 otherwise) and the school must have a
     * text to accept (409). The same guardian accepting the same text version again is the first record.
     */
    public Uni<Accepted> accept(UUID enrollmentId, String typeName, UUID guardianId) {
        DocumentType type = DocumentService.type(typeName);
        if (!type.isConsent()) {
            throw Problems.badRequest("document_type", "only habeas_data and tratamiento_datos are accepted by a guardian");
        }
        UUID schoolId = tenant.requireSchoolId();
        String actor = tenant.actor();
        String bearer = tenant.bearer();
        return references.enrollment(bearer, enrollmentId).chain(enrollment -> references
                .guardians(bearer, enrollment.studentId())
                .chain(guardians -> {
                    if (guardians.stream().noneMatch(g -> g.id().equals(guardianId))) {
                        throw Problems.unprocessable("guardian_id", "this guardian is not linked to the enrollment's student");
                    }
                    return references.settings(bearer);
                })
                .chain(settings -> {
                    if (settings.habeasDataVersion() < 1) {
                        throw Problems.conflict("no-policy-text", "the school has no habeas data text for guardians to "
                                + "accept: set habeas_data_text in /api/v1/school/settings first");
                    }
                    return transactions.inSchool(schoolId, () -> consents.lockForm(schoolId, enrollmentId, type)
                            .chain(() -> consents.same(schoolId, enrollmentId, type, guardianId,
                                    settings.habeasDataVersion()))
                            .chain(same -> same != null
                                    ? Uni.createFrom().item(new Accepted(same, false))
                                    : record(schoolId, enrollmentId, enrollment.studentId(), type, guardianId,
                                            settings.habeasDataVersion(), actor)
                                            .call(() -> progress.reconsider(schoolId, enrollmentId, enrollment.studentId(),
                                                    settings.requiredDocuments(), actor))
                                            .map(acceptance -> new Accepted(acceptance, true))));
                }));
    }

    /** An acceptance and whether this call recorded it (false: the same one was already on record). */
    public record Accepted(ConsentAcceptance acceptance, boolean created) {
    }

    private Uni<ConsentAcceptance> record(UUID schoolId, UUID enrollmentId, UUID studentId, DocumentType type,
                                          UUID guardianId, int textVersion, String actor) {
        ConsentAcceptance acceptance = new ConsentAcceptance();
        acceptance.id = UuidV7.next();
        acceptance.schoolId = schoolId;
        acceptance.enrollmentId = enrollmentId;
        acceptance.studentId = studentId;
        acceptance.documentType = type;
        acceptance.acceptedByGuardianId = guardianId;
        acceptance.policyTextVersion = textVersion;
        acceptance.acceptedAt = UtcClock.now();
        acceptance.recordedBy = actor;
        return consents.persist(acceptance);
    }
}
