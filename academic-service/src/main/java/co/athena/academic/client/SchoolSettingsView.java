package co.athena.academic.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The school's branding settings, as far as a printed report card reads them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchoolSettingsView(Branding brandingSettings) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Branding(String displayName, String primaryColor) {
    }
}
