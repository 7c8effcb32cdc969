package co.athena.tenancy.rest;

import co.athena.tenancy.domain.SchoolYear;
import co.athena.tenancy.domain.SchoolYearStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SchoolYearResponse(UUID id, String name, LocalDate startsOn, LocalDate endsOn, SchoolYearStatus status,
                                 List<SchoolYearStatus> allowedTransitions, Instant createdAt, Instant updatedAt,
                                 long version) {

    public static SchoolYearResponse of(SchoolYear year) {
        return new SchoolYearResponse(year.id, year.name, year.startsOn, year.endsOn, year.status,
                year.status.allowedNext(), year.createdAt, year.updatedAt, year.version);
    }
}
