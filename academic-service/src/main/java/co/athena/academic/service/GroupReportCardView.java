package co.athena.academic.service;

import co.athena.academic.domain.GroupReportCard;

/** A group's report cards of a period in one PDF, with its presigned, short-lived download URL. */
public record GroupReportCardView(GroupReportCard file, String downloadUrl) {
}
