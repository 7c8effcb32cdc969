package co.athena.academic.service;

import jakarta.validation.constraints.Size;

/** The group director's comment on a draft report card; null or blank takes it away. */
public record DirectorComment(@Size(max = 2000) String comment) {
}
