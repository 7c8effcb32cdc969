package co.athena.student.service;

import co.athena.shared.problem.FieldError;
import co.athena.student.domain.IdentityDocumentType;

import java.util.List;
import java.util.Optional;

/** Checks a document type and number together; the number comes back normalized. */
final class Documents {

    private Documents() {
    }

    /** The normalized number, or a field error naming {@code prefix + "document_number"}. */
    static String check(String type, String number, String prefix, List<FieldError> errors) {
        Optional<IdentityDocumentType> documentType = IdentityDocumentType.of(type);
        String normalized = IdentityDocumentType.normalize(number);
        if (documentType.isPresent() && !documentType.get().accepts(normalized)) {
            errors.add(new FieldError(prefix + "document_number",
                    "a " + type + " number has " + documentType.get().description()));
        }
        return normalized;
    }
}
