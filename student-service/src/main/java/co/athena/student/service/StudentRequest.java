package co.athena.student.service;

import co.athena.shared.text.JsonSize;
import co.athena.shared.text.OneOf;
import co.athena.student.domain.Characterization;
import co.athena.student.domain.Gender;
import co.athena.student.domain.IdentityDocumentType;
import co.athena.student.domain.SensitiveData;
import co.athena.student.domain.StudentIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record StudentRequest(
        @NotNull @OneOf(IdentityDocumentType.class) @Schema(implementation = IdentityDocumentType.class)
        String documentType,
        @NotBlank @Size(max = 30) String documentNumber,
        @NotBlank @Size(max = 60) String firstName,
        @Size(max = 60) String secondName,
        @NotBlank @Size(max = 60) String firstSurname,
        @Size(max = 60) String secondSurname,
        @NotNull @Past LocalDate birthDate,
        @NotNull @OneOf(Gender.class) @Schema(implementation = Gender.class) String gender,
        @JsonSize(maxBytes = 16_384) Map<String, Object> extraData,
        @Valid Characterization characterization,
        @Valid SensitiveData sensitiveData,
        @JsonSize(maxBytes = 16_384) Map<String, Object> piarData,
        UUID userId,
        @Size(max = 4) List<@NotNull @Valid GuardianInput> guardians) {

    public StudentIdentity identity() {
        return new StudentIdentity(documentType, documentNumber, firstName, secondName, firstSurname, secondSurname,
                birthDate, gender);
    }
}
