package co.athena.student.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What SIMAT's Anexo 6A needs of a student, for enrollment-service's export: identity, characterization, and the
 * sensitive data only for a caller allowed to read it (null otherwise).
 */
public record StudentSimatRecord(UUID id, String documentType, String documentNumber, String firstName,
                                 String secondName, String firstSurname, String secondSurname, LocalDate birthDate,
                                 String gender, boolean isActive, Characterization characterization,
                                 SensitiveData sensitiveData) {
}
