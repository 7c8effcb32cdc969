package co.athena.academic.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The caller's school as tenancy-service shows it, as far as a printed report card reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchoolView(String name, String daneCode) {
}
