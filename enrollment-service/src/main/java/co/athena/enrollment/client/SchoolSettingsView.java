package co.athena.enrollment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The part of the school's settings the SIMAT export needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchoolSettingsView(SimatSettings simatSettings) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SimatSettings(String daneCode, String municipality, List<Sede> sedes, String methodology,
                                String character, String specialty, String fundingSource, String exportEncoding,
                                String delimiter) {

        public static final SimatSettings NONE = new SimatSettings(null, null, List.of(), null, null, null, null,
                null, null);

        public List<Sede> sedes() {
            return sedes == null ? List.of() : sedes;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sede(String consSede, String daneCode, String name) {
    }
}
