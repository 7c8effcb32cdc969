package co.athena.academic.rest;

import co.athena.academic.domain.AcademicSettings;

import java.math.BigDecimal;

public record AcademicSettingsResponse(BigDecimal absenceThresholdPercent, long version) {

    public static AcademicSettingsResponse of(AcademicSettings settings) {
        return new AcademicSettingsResponse(settings.absenceThresholdPercent, settings.version);
    }
}
