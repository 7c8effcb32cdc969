package co.athena.enrollment.service;

import co.athena.shared.simat.GroupCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Map;
import java.util.UUID;

/**
 * Next year's enrollments from this year's confirmed promotions. {@code promoted_groups} and {@code retained_groups}
 * place students by their group this year (e.g. 601 → 701 for the promoted, 601 → 601 for the retained); a student
 * whose group has no mapping is enrolled without a group. {@code dry_run}: report only.
 */
public record RolloverRequest(
        @NotNull UUID fromSchoolYearId,
        @NotNull UUID toSchoolYearId,
        boolean dryRun,
        Map<@Pattern(regexp = GroupCode.PATTERN, message = GroupCode.MESSAGE) String,
                @Pattern(regexp = GroupCode.PATTERN, message = GroupCode.MESSAGE) String> promotedGroups,
        Map<@Pattern(regexp = GroupCode.PATTERN, message = GroupCode.MESSAGE) String,
                @Pattern(regexp = GroupCode.PATTERN, message = GroupCode.MESSAGE) String> retainedGroups) {

    public Map<String, String> promotedGroups() {
        return promotedGroups == null ? Map.of() : promotedGroups;
    }

    public Map<String, String> retainedGroups() {
        return retainedGroups == null ? Map.of() : retainedGroups;
    }
}
