package co.athena.enrollment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.UUID;

/** A school year as tenancy-service shows it; fields it adds later are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchoolYearView(UUID id, String name, LocalDate startsOn, LocalDate endsOn, String status) {

    /** Enrollments are taken while a year is being planned or running, not after it closed. */
    public boolean takesEnrollments() {
        return "planning".equals(status) || "active".equals(status);
    }
}
