package co.athena.tenancy.rest;

import co.athena.tenancy.domain.AcademicPeriod;
import co.athena.tenancy.domain.PeriodStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record PeriodResponse(UUID id, UUID schoolYearId, int number, String name, LocalDate startsOn, LocalDate endsOn,
                             PeriodStatus status, List<PeriodStatus> allowedTransitions, Instant createdAt,
                             Instant updatedAt, long version) {

    public static PeriodResponse of(AcademicPeriod period) {
        return new PeriodResponse(period.id, period.schoolYearId, period.number, period.name, period.startsOn,
                period.endsOn, period.status, period.status.allowedNext(), period.createdAt, period.updatedAt,
                period.version);
    }
}
