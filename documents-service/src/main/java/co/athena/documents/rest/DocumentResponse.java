package co.athena.documents.rest;

import co.athena.documents.domain.DocumentMetadata;
import co.athena.documents.domain.EnrollmentDocument;
import co.athena.documents.service.DownloadableDocument;

import java.time.Instant;
import java.util.UUID;

/** One version of a document; {@code download_url} is presigned and short-lived (absent once deleted). */
public record DocumentResponse(UUID id, UUID enrollmentId, UUID studentId, String documentType, int documentVersion,
                               boolean isCurrent, String status, String fileName, DocumentMetadata metadata,
                               String uploadedBy, Instant uploadedAt, String validatedBy, Instant validatedAt,
                               String validationNote, String downloadUrl, long version) {

    public static DocumentResponse of(DownloadableDocument downloadable) {
        EnrollmentDocument d = downloadable.document();
        String downloadUrl = downloadable.downloadUrl();
        return new DocumentResponse(d.id, d.enrollmentId, d.studentId, d.documentType.name(), d.documentVersion,
                d.current, d.status.name(), d.fileName, d.metadata, d.uploadedBy, d.uploadedAt, d.validatedBy,
                d.validatedAt, d.validationNote, downloadUrl, d.version);
    }
}
