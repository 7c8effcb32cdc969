package co.athena.enrollment.rest;

import co.athena.enrollment.domain.SimatExportKind;
import co.athena.shared.text.OneOf;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The school year to report, and what: the Anexo 6A of new students (the default) or the novelty worklist. */
public record SimatExportRequest(@NotNull UUID schoolYearId,
                                 @OneOf(SimatExportKind.class) @Schema(implementation = SimatExportKind.class,
                                         defaultValue = "anexo_6a") String kind) {

    public SimatExportKind kindOrDefault() {
        return kind == null ? SimatExportKind.anexo_6a : SimatExportKind.valueOf(kind);
    }
}
