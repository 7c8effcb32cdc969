package co.athena.academic.rest;

import co.athena.academic.domain.ReportCard;
import co.athena.academic.domain.ReportCardItem;
import co.athena.academic.service.ReportCardView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report card: a draft follows the grades until its period's cards are published; a published one never changes
 * ({@code download_url}: its PDF, presigned for a few minutes); a correction is the next version and the one it
 * replaces names it in {@code superseded_by}.
 */
public record ReportCardResponse(UUID id, UUID studentId, UUID classGroupId, UUID schoolYearId, UUID periodId,
                                 int periodNumber, int version, String status, List<ReportCardItem> items,
                                 int absences, Integer rankInGroup, int groupSize, String directorComment,
                                 String correctionReason, Instant builtAt, Instant publishedAt, UUID supersededBy,
                                 String downloadUrl) {

    static ReportCardResponse of(ReportCardView view) {
        ReportCard c = view.card();
        return new ReportCardResponse(c.id, c.studentId, c.classGroupId, c.schoolYearId, c.periodId, c.periodNumber,
                c.version, c.status, c.items(), c.absences, c.rankInGroup, c.groupSize, c.directorComment,
                c.correctionReason, c.builtAt, c.publishedAt, c.supersededBy, view.downloadUrl());
    }
}
