package co.athena.student.domain;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The four parts SIMAT keeps apart, and the full name people read, always derived from them. */
public final class PersonName {

    private PersonName() {
    }

    public static String fullName(String firstName, String secondName, String firstSurname, String secondSurname) {
        return Stream.of(firstName, secondName, firstSurname, secondSurname)
                .filter(Objects::nonNull)
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    public static String clean(String part) {
        if (part == null) {
            return null;
        }
        String trimmed = part.trim().replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
