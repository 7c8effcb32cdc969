package co.athena.student.service;

import co.athena.shared.text.JsonSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record StudentRequest(
        @NotNull @Pattern(regexp = "RC|TI|CC|CE|NUIP|PA|PEP|PPT|NES",
                message = "must be one of RC, TI, CC, CE, NUIP, PA, PEP, PPT, NES") String documentType,
        @NotBlank @Size(max = 30) String documentNumber,
        @NotBlank @Size(max = 60) String firstName,
        @Size(max = 60) String secondName,
        @NotBlank @Size(max = 60) String firstSurname,
        @Size(max = 60) String secondSurname,
        @NotNull @Past LocalDate birthDate,
        @NotNull @Pattern(regexp = "F|M", message = "must be F or M (as SIMAT records it)") String gender,
        @JsonSize(maxBytes = 16_384) Map<String, Object> extraData,
        @JsonSize(maxBytes = 16_384) Map<String, Object> piarData,
        UUID userId,
        @Valid @Size(max = 4) List<@NotNull GuardianInput> guardians) {
}
