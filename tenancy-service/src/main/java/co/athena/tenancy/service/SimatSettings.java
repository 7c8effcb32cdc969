package co.athena.tenancy.service;

import co.athena.shared.simat.DivipolaMunicipality;
import co.athena.shared.simat.SimatCode;
import co.athena.shared.simat.SimatCodeSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How this school reports to SIMAT: its DANE code and municipality, its sedes (the first is the main one, which
 * enrollments naming none are reported in), the defaults of the enrollment columns SIMAT asks per student
 * (methodology, character, specialty, funding source; an enrollment may override them), and the Anexo 6A file
 * format. Codes are SIMAT's (../shared/reference/simat-anexo-6a.md §3).
 */
public record SimatSettings(
        @Pattern(regexp = SimatSettings.DANE_CODE, message = SimatSettings.DANE_CODE_MESSAGE) String daneCode,
        @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit DIVIPOLA municipality code") @DivipolaMunicipality
        String municipality,
        @Size(max = 50) List<@NotNull @Valid Sede> sedes,
        @SimatCode(SimatCodeSet.METHODOLOGY) @Size(max = 2) String methodology,
        @SimatCode(SimatCodeSet.CHARACTER) @Size(max = 2) String character,
        @SimatCode(SimatCodeSet.SPECIALTY) @Size(max = 2) String specialty,
        @SimatCode(SimatCodeSet.FUNDING_SOURCE) @Size(max = 2) String fundingSource,
        @Pattern(regexp = "latin-1|utf-8", message = "must be latin-1 or utf-8") String exportEncoding,
        @Pattern(regexp = "[;,|\\t]", message = "must be one of ; , | or a tab") String delimiter) {

    /** A school's DANE code: the one rule, for settings and for school records alike. */
    public static final String DANE_CODE = "[0-9]{12}";
    public static final String DANE_CODE_MESSAGE = "must be the 12-digit DANE code";
    public static final String DEFAULT_ENCODING = "latin-1";
    public static final String DEFAULT_DELIMITER = ";";
    /** Educación tradicional: what nearly every school teaches by. */
    public static final String DEFAULT_METHODOLOGY = "1";

    /** A sede as SIMAT knows it: its CONS_SEDE (14 digits) and its own DANE code (the file's DANE_ANTERIOR). */
    public record Sede(@NotNull @Pattern(regexp = "[0-9]{14}", message = "must be the sede's 14-digit CONS_SEDE") String consSede,
                       @NotNull @Pattern(regexp = DANE_CODE, message = DANE_CODE_MESSAGE) String daneCode,
                       @NotBlank @Size(max = 200) String name) {
    }

    /** Unset fields take the SIMAT defaults (latin-1, semicolon, traditional methodology). */
    public SimatSettings withDefaults() {
        return new SimatSettings(daneCode, municipality, sedes == null ? List.of() : sedes,
                methodology == null ? DEFAULT_METHODOLOGY : methodology, character, specialty, fundingSource,
                exportEncoding == null ? DEFAULT_ENCODING : exportEncoding,
                delimiter == null ? DEFAULT_DELIMITER : delimiter);
    }

    /** The CONS_SEDE given twice, if any: a sede is named by it. */
    String repeatedSede() {
        if (sedes == null) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        return sedes.stream().map(Sede::consSede).filter(code -> !seen.add(code)).findFirst().orElse(null);
    }
}
