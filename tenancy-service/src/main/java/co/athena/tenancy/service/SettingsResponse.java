package co.athena.tenancy.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record SettingsResponse(UUID schoolId, SimatSettings simatSettings, BrandingSettings brandingSettings,
                               SecuritySettings securitySettings, String habeasDataText, int habeasDataVersion,
                               String peiSummary, List<String> requiredDocuments, Instant updatedAt, long version) {
}
