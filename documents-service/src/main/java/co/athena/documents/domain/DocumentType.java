package co.athena.documents.domain;

import java.util.Arrays;
import java.util.Optional;

/** The enrollment documents of DESIGN §6; the constants are the path, JSON and column values. */
public enum DocumentType {
    birth_certificate, identity_document, report_card, habeas_data, tratamiento_datos;

    /** A consent form: a guardian's acceptance satisfies it, not an upload. */
    public boolean isConsent() {
        return this == habeas_data || this == tratamiento_datos;
    }

    public static Optional<DocumentType> of(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
