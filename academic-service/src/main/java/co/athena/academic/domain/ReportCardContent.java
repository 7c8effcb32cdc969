package co.athena.academic.domain;

import java.util.List;
import java.util.UUID;

/** What a report card says, as computed from the grades: its group, its lines, the rank (when the school shows it). */
public record ReportCardContent(UUID classGroupId, List<ReportCardItem> items, Integer rankInGroup, int groupSize) {
}
