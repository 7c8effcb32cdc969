package co.athena.enrollment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of the school's settings the SIMAT export needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchoolSettingsView(SimatSettings simatSettings) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SimatSettings(String daneCode, String sedeCode, String exportEncoding, String delimiter) {
    }
}
