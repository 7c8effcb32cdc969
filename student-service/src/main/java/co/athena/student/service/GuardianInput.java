package co.athena.student.service;

import co.athena.shared.text.OneOf;
import co.athena.student.domain.GuardianDocumentType;
import co.athena.student.domain.Relationship;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A guardian given with a student: linked if their document already exists in the school (and their
 * contact data updated), created otherwise.
 */
public record GuardianInput(
        @NotNull @OneOf(GuardianDocumentType.class) @Schema(implementation = GuardianDocumentType.class)
        String documentType,
        @NotBlank @Size(max = 30) String documentNumber,
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 30) String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 300) String address,
        @NotNull @OneOf(Relationship.class) @Schema(implementation = Relationship.class) String relationship,
        Boolean isPrimary,
        @Min(1) @Max(10) Integer priority,
        Boolean canPickup,
        Boolean isEmergencyContact) {
}
