package co.athena.tenancy.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

public record SecuritySettings(
        @Min(5) @Max(1440) Integer sessionTimeoutMinutes,
        Boolean requireMfa) {
}
