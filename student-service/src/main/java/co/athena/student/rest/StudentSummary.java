package co.athena.student.rest;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A student as lists, searches and sibling lookups show it: who they are, without extra_data or
 * piar_data. Read as a projection, so listing 50 students builds no managed entities.
 */
public record StudentSummary(UUID id, String documentType, String documentNumber, String firstName,
                             String secondName, String firstSurname, String secondSurname, String fullName,
                             LocalDate birthDate, String gender, boolean isActive, long version) {

    /** The HQL constructor expression that fills this record from {@code Student s}. */
    public static final String SELECT = "select new co.athena.student.rest.StudentSummary(s.id, s.documentType, "
            + "s.documentNumber, s.firstName, s.secondName, s.firstSurname, s.secondSurname, s.fullName, s.birthDate, "
            + "s.gender, s.active, s.version) from Student s where ";
}
