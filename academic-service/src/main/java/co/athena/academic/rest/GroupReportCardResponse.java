package co.athena.academic.rest;

import co.athena.academic.service.GroupReportCardView;

import java.time.Instant;
import java.util.UUID;

/** A group's report cards of a period in one PDF (the latest publication), presigned for a few minutes. */
public record GroupReportCardResponse(UUID classGroupId, UUID periodId, int version, Instant publishedAt,
                                      String downloadUrl) {

    static GroupReportCardResponse of(GroupReportCardView view) {
        return new GroupReportCardResponse(view.file().classGroupId, view.file().periodId, view.file().version,
                view.file().publishedAt, view.downloadUrl());
    }
}
