package co.athena.academic.service;

import co.athena.academic.domain.ReportCard;

/** A report card with, once published, its PDF's presigned, short-lived download URL. */
public record ReportCardView(ReportCard card, String downloadUrl) {
}
