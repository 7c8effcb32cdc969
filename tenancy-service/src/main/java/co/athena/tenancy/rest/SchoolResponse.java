package co.athena.tenancy.rest;

import co.athena.tenancy.domain.School;

import java.time.Instant;
import java.util.UUID;

public record SchoolResponse(UUID id, String name, String nit, String daneCode, String address, String city,
                             String department, String phone, String email, boolean isActive, Instant createdAt,
                             Instant updatedAt, long version) {

    public static SchoolResponse of(School school) {
        return new SchoolResponse(school.id, school.name, school.nit, school.daneCode, school.address, school.city,
                school.department, school.phone, school.email, school.active, school.createdAt, school.updatedAt,
                school.version);
    }
}
