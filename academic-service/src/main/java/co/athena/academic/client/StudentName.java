package co.athena.academic.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** A student as a report card names them: full name and identity document. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StudentName(UUID id, String fullName, String documentType, String documentNumber) {

    public String document() {
        return documentType == null || documentNumber == null ? null : documentType + " " + documentNumber;
    }
}
