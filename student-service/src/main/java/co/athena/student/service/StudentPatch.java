package co.athena.student.service;

import co.athena.shared.text.JsonSize;
import co.athena.shared.text.OneOf;
import co.athena.student.domain.Gender;
import co.athena.student.domain.IdentityDocumentType;
import co.athena.student.domain.StudentIdentity;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Changes to a student: absent (null) fields stay; piar_data needs read:piar as well as write:students. */
public record StudentPatch(
        @OneOf(IdentityDocumentType.class) @Schema(implementation = IdentityDocumentType.class) String documentType,
        @Size(min = 1, max = 30) String documentNumber,
        @Size(min = 1, max = 60) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstName,
        @Size(max = 60) String secondName,
        @Size(min = 1, max = 60) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstSurname,
        @Size(max = 60) String secondSurname,
        @Past LocalDate birthDate,
        @OneOf(Gender.class) @Schema(implementation = Gender.class) String gender,
        Boolean isActive,
        @JsonSize(maxBytes = 16_384) Map<String, Object> extraData,
        @JsonSize(maxBytes = 16_384) Map<String, Object> piarData,
        UUID userId) {

    /** The identity fields this patch changes; null ones stay. */
    public StudentIdentity identity() {
        return new StudentIdentity(documentType, documentNumber, firstName, secondName, firstSurname, secondSurname,
                birthDate, gender);
    }
}
