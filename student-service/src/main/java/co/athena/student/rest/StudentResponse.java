package co.athena.student.rest;

import co.athena.student.domain.Student;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A student; {@code piar_data} only for callers with read:piar (absent otherwise). */
public record StudentResponse(UUID id, String documentType, String documentNumber, String firstName, String secondName,
                              String firstSurname, String secondSurname, String fullName, LocalDate birthDate,
                              String gender, boolean isActive, Map<String, Object> extraData,
                              Map<String, Object> piarData, UUID userId, String deactivationReason, Instant anonymizedAt, Instant createdAt,
                              Instant updatedAt, long version) {

    public static StudentResponse of(Student s, boolean withPiar) {
        return new StudentResponse(s.id, s.documentType, s.documentNumber, s.firstName, s.secondName, s.firstSurname,
                s.secondSurname, s.fullName, s.birthDate, s.gender, s.active, s.extraData,
                withPiar ? s.piarData : null, s.userId, s.deactivationReason, s.anonymizedAt, s.createdAt, s.updatedAt,
                s.version);
    }

    /** Without PIAR data: what lists, searches and lookups return. */
    public static StudentResponse of(Student s) {
        return of(s, false);
    }
}
