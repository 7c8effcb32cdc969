package co.athena.tenancy.service;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record BrandingSettings(
        @Size(max = 120) String displayName,
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a #RRGGBB color") String primaryColor,
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a #RRGGBB color") String secondaryColor,
        @Size(max = 2000) @Pattern(regexp = "https://\\S+", message = "must be an https URL") String logoUrl) {
}
