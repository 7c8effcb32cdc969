package co.athena.student.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A student as lists, searches and sibling lookups show it: who they are, without extra_data or
 * piar_data. Read as a projection, so listing 50 students builds no managed entities.
 */
public record StudentSummary(UUID id, String documentType, String documentNumber, String firstName,
                             String secondName, String firstSurname, String secondSurname, String fullName,
                             LocalDate birthDate, String gender, boolean isActive, long version) {
}
