package co.athena.student.service;

import co.athena.shared.patch.Merged;
import co.athena.shared.text.JsonSize;
import co.athena.shared.text.OneOf;
import co.athena.student.domain.Characterization;
import co.athena.student.domain.Gender;
import co.athena.student.domain.IdentityDocumentType;
import co.athena.student.domain.SensitiveData;
import co.athena.student.domain.Student;
import co.athena.student.domain.StudentIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What a merge patch may change of a student, and its current values; piar_data needs read:piar and
 * sensitive_data read:sensitive_data as well as write:students. Required fields may change but not be cleared.
 */
public record StudentPatch(
        @NotNull(groups = Merged.class, message = Merged.REQUIRED)
        @OneOf(IdentityDocumentType.class) @Schema(implementation = IdentityDocumentType.class) String documentType,
        @NotNull(groups = Merged.class, message = Merged.REQUIRED) @Size(min = 1, max = 30) String documentNumber,
        @NotNull(groups = Merged.class, message = Merged.REQUIRED)
        @Size(min = 1, max = 60) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstName,
        @Size(max = 60) String secondName,
        @NotNull(groups = Merged.class, message = Merged.REQUIRED)
        @Size(min = 1, max = 60) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstSurname,
        @Size(max = 60) String secondSurname,
        @NotNull(groups = Merged.class, message = Merged.REQUIRED) @Past LocalDate birthDate,
        @NotNull(groups = Merged.class, message = Merged.REQUIRED)
        @OneOf(Gender.class) @Schema(implementation = Gender.class) String gender,
        @NotNull(groups = Merged.class, message = Merged.REQUIRED) Boolean isActive,
        @JsonSize(maxBytes = 16_384) Map<String, Object> extraData,
        @Valid Characterization characterization,
        @Valid SensitiveData sensitiveData,
        @JsonSize(maxBytes = 16_384) Map<String, Object> piarData,
        UUID userId) {

    static final String PIAR_DATA = "piar_data";
    static final String SENSITIVE_DATA = "sensitive_data";

    static StudentPatch of(Student s) {
        return new StudentPatch(s.documentType, s.documentNumber, s.firstName, s.secondName, s.firstSurname,
                s.secondSurname, s.birthDate, s.gender, s.active, s.extraData,
                Characterization.fromStored(s.characterization), SensitiveData.fromStored(s.sensitiveData), s.piarData,
                s.userId);
    }

    StudentIdentity identity() {
        return new StudentIdentity(documentType, documentNumber, firstName, secondName, firstSurname, secondSurname,
                birthDate, gender);
    }
}
