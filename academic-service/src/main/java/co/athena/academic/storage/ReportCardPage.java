package co.athena.academic.storage;

import co.athena.academic.domain.ReportCardItem;

import java.util.List;

/**
 * Everything one printed report card shows, already resolved to text where people read names: the school's header
 * (its branding's display name and color when set), the student, the group, the period, the lines, and the scale.
 */
public record ReportCardPage(School school, String studentName, String studentDocument, String groupCode,
                             int gradeLevel, int periodNumber, String periodName, int version,
                             String correctionReason, List<ReportCardItem> items, int absences, Integer rankInGroup,
                             int groupSize, String directorComment, List<String> scale) {

    /** The header: what the school calls itself on paper, its DANE code, its color (#RRGGBB) or null. */
    public record School(String name, String daneCode, String primaryColor) {
    }
}
