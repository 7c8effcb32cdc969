package co.athena.student.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A student as callers see it, read from the entity or straight from SQL (the hot read);
 * {@code piar_data} only for callers with read:piar (absent otherwise).
 */
@Schema(name = "StudentResponse")
public record StudentView(UUID id, String documentType, String documentNumber, String firstName, String secondName,
                          String firstSurname, String secondSurname, String fullName, LocalDate birthDate,
                          String gender, boolean isActive, Map<String, Object> extraData,
                          Characterization characterization, SensitiveData sensitiveData,
                          Map<String, Object> piarData, UUID userId, String deactivationReason, Instant anonymizedAt,
                          Instant createdAt, Instant updatedAt, long version) {

    /** What the caller may see: piar_data with read:piar, sensitive_data with read:sensitive_data. */
    public record Shown(boolean piar, boolean sensitive) {
    }

    /** What a teacher reads of a student they teach: who the student is, and PIAR adjustments as already shown. */
    public StudentView forTeacher() {
        return new StudentView(id, documentType, documentNumber, firstName, secondName, firstSurname, secondSurname,
                fullName, birthDate, gender, isActive, null, null, null, piarData, null, null, null, null, null,
                version);
    }

    public static StudentView of(Student s, Shown shown) {
        return new StudentView(s.id, s.documentType, s.documentNumber, s.firstName, s.secondName, s.firstSurname,
                s.secondSurname, s.fullName, s.birthDate, s.gender, s.active, s.extraData,
                Characterization.fromStored(s.characterization),
                shown.sensitive() ? SensitiveData.fromStored(s.sensitiveData) : null,
                shown.piar() ? s.piarData : null, s.userId, s.deactivationReason, s.anonymizedAt, s.createdAt, s.updatedAt,
                s.version);
    }
}
