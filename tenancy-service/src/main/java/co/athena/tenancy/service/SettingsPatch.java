package co.athena.tenancy.service;

import co.athena.shared.patch.Merged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a merge patch may change of the school's settings, and their current values: sections merge field by field. */
public record SettingsPatch(
        @Valid SimatSettings simatSettings,
        @Valid BrandingSettings brandingSettings,
        @Valid SecuritySettings securitySettings,
        @Size(max = 20000) String habeasDataText,
        @Size(max = 5000) String peiSummary,
        @NotNull(groups = Merged.class, message = Merged.REQUIRED) @Size(max = 5) List<@Pattern(regexp = "birth_certificate|identity_document|report_card|habeas_data|tratamiento_datos",
                message = "must be one of birth_certificate, identity_document, report_card, habeas_data, tratamiento_datos")
                String> requiredDocuments) {
}
