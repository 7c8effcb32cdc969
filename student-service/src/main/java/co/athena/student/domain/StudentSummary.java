package co.athena.student.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A student as lists, searches and sibling lookups show it: who they are, without extra_data or
 * piar_data. Read as a projection, so listing 50 students builds no managed entities. {@code has_piar}: whether the
 * student has PIAR adjustments, for a caller with read:piar listing students (a teacher grading a class); left out
 * otherwise.
 */
public record StudentSummary(UUID id, String documentType, String documentNumber, String firstName,
                             String secondName, String firstSurname, String secondSurname, String fullName,
                             LocalDate birthDate, String gender, boolean isActive, long version, Boolean hasPiar) {

    /** Without the PIAR flag (sibling lookups). */
    public StudentSummary(UUID id, String documentType, String documentNumber, String firstName, String secondName,
                          String firstSurname, String secondSurname, String fullName, LocalDate birthDate,
                          String gender, boolean isActive, long version) {
        this(id, documentType, documentNumber, firstName, secondName, firstSurname, secondSurname, fullName,
                birthDate, gender, isActive, version, null);
    }
}
