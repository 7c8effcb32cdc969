package co.athena.academic.service;

import co.athena.academic.domain.AttendanceStatus;
import co.athena.shared.text.OneOf;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One student's attendance at the class. */
public record AttendanceEntry(@NotNull UUID studentId,
                              @NotNull @OneOf(AttendanceStatus.class) @Schema(implementation = AttendanceStatus.class)
                              String status,
                              @Size(min = 1, max = 500) String note) {
}
