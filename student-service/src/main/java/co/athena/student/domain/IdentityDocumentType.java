package co.athena.student.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Colombian identity documents with the shape of their numbers: registro civil, tarjeta de identidad,
 * cédula (de ciudadanía, de extranjería), NUIP and NIP, passport, PEP and PPT (Venezuelan migrants' permits),
 * NES (número establecido por la secretaría when a child has none), and the rest of SIMAT's table: an
 * indigenous cabildo's certificate, a visa and the border mobility card (TMF), whose number shapes no source
 * gives, so they take any 3 to 20 digits or letters.
 */
public enum IdentityDocumentType {
    RC("[0-9A-Z]{8,15}", "8 to 15 digits or letters"),
    TI("[0-9]{10,11}", "10 or 11 digits"),
    CC("[0-9]{6,10}", "6 to 10 digits"),
    CE("[0-9]{6,10}", "6 to 10 digits"),
    NUIP("[0-9]{10,11}", "10 or 11 digits"),
    PA("[0-9A-Z]{5,15}", "5 to 15 digits or letters"),
    PEP("[0-9]{15}", "15 digits"),
    PPT("[0-9]{6,10}", "6 to 10 digits"),
    NES("[0-9A-Z]{3,20}", "3 to 20 digits or letters"),
    NIP("[0-9]{6,11}", "6 to 11 digits"),
    CABILDO("[0-9A-Z]{3,20}", "3 to 20 digits or letters"),
    VISA("[0-9A-Z]{3,20}", "3 to 20 digits or letters"),
    TMF("[0-9A-Z]{3,20}", "3 to 20 digits or letters");

    private final Pattern format;
    private final String description;

    IdentityDocumentType(String format, String description) {
        this.format = Pattern.compile(format);
        this.description = description;
    }

    public static Optional<IdentityDocumentType> of(String value) {
        try {
            return Optional.of(valueOf(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Without spaces, dots or dashes, upper case: how numbers are stored and compared. */
    public static String normalize(String number) {
        return number == null ? null : number.replaceAll("[\\s.\\-]", "").toUpperCase();
    }

    public boolean accepts(String normalizedNumber) {
        return normalizedNumber != null && format.matcher(normalizedNumber).matches();
    }

    public String description() {
        return description;
    }
}
