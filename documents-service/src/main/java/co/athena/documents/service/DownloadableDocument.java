package co.athena.documents.service;

import co.athena.documents.domain.EnrollmentDocument;

/** A document version with its presigned, short-lived download URL (none once deleted). */
public record DownloadableDocument(EnrollmentDocument document, String downloadUrl) {
}
