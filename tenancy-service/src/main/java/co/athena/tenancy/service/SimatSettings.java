package co.athena.tenancy.service;

import jakarta.validation.constraints.Pattern;

/** How this school reports to SIMAT: its DANE code and sede, and the Anexo 6A file format. */
public record SimatSettings(
        @Pattern(regexp = SimatSettings.DANE_CODE, message = SimatSettings.DANE_CODE_MESSAGE) String daneCode,
        @Pattern(regexp = SimatSettings.SEDE_CODE, message = SimatSettings.SEDE_CODE_MESSAGE) String sedeCode,
        @Pattern(regexp = "latin-1|utf-8", message = "must be latin-1 or utf-8") String exportEncoding,
        @Pattern(regexp = "[;,|\\t]", message = "must be one of ; , | or a tab") String delimiter) {

    /** A school's DANE code and its sede's number: the one rule, for settings and for school records alike. */
    public static final String DANE_CODE = "[0-9]{12}";
    public static final String DANE_CODE_MESSAGE = "must be the 12-digit DANE code";
    public static final String SEDE_CODE = "[0-9]{1,3}";
    public static final String SEDE_CODE_MESSAGE = "must be the sede's consecutive number (1 to 3 digits)";
    public static final String DEFAULT_ENCODING = "latin-1";
    public static final String DEFAULT_DELIMITER = ";";

    /** Unset format fields take the SIMAT defaults (latin-1, semicolon). */
    public SimatSettings withDefaults() {
        return new SimatSettings(daneCode, sedeCode, exportEncoding == null ? DEFAULT_ENCODING : exportEncoding,
                delimiter == null ? DEFAULT_DELIMITER : delimiter);
    }
}
