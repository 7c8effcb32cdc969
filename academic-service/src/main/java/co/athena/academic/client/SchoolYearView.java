package co.athena.academic.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** A school year as tenancy-service shows it, as far as the academic structure reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchoolYearView(UUID id, String name, String status) {

    /** A year's structure is built while it is planned or running; a closed year's stays as it was. */
    public boolean takesChanges() {
        return "planning".equals(status) || "active".equals(status);
    }
}
