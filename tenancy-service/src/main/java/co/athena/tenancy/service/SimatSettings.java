package co.athena.tenancy.service;

import jakarta.validation.constraints.Pattern;

import java.util.LinkedHashMap;
import java.util.Map;

/** How this school reports to SIMAT: its DANE code and sede, and the Anexo 6A file format. */
public record SimatSettings(
        @Pattern(regexp = "[0-9]{12}", message = "must be the 12-digit DANE code") String daneCode,
        @Pattern(regexp = "[0-9]{1,3}", message = "must be the sede's consecutive number (1 to 3 digits)") String sedeCode,
        @Pattern(regexp = "latin-1|utf-8", message = "must be latin-1 or utf-8") String exportEncoding,
        @Pattern(regexp = "[;,|\\t]", message = "must be one of ; , | or a tab") String delimiter) {

    public static final String DEFAULT_ENCODING = "latin-1";
    public static final String DEFAULT_DELIMITER = ";";

    /** The section as stored, holding the codes given (the names are the JSON ones). */
    static Map<String, Object> stored(String daneCode, String sedeCode) {
        Map<String, Object> section = new LinkedHashMap<>();
        if (daneCode != null) {
            section.put("dane_code", daneCode);
        }
        if (sedeCode != null) {
            section.put("sede_code", sedeCode);
        }
        return section;
    }

    /** Unset format fields take the SIMAT defaults (latin-1, semicolon). */
    public SimatSettings withDefaults() {
        return new SimatSettings(daneCode, sedeCode, exportEncoding == null ? DEFAULT_ENCODING : exportEncoding,
                delimiter == null ? DEFAULT_DELIMITER : delimiter);
    }
}
