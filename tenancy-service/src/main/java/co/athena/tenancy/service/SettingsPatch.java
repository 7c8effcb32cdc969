package co.athena.tenancy.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Changes to the school's settings: each section given replaces that section; absent ones stay. */
public record SettingsPatch(
        @Valid SimatSettings simatSettings,
        @Valid BrandingSettings brandingSettings,
        @Valid SecuritySettings securitySettings,
        @Size(max = 20000) String habeasDataText,
        @Size(max = 5000) String peiSummary,
        @Size(max = 5) List<@Pattern(regexp = "birth_certificate|identity_document|report_card|habeas_data|tratamiento_datos",
                message = "must be one of birth_certificate, identity_document, report_card, habeas_data, tratamiento_datos")
                String> requiredDocuments) {
}
