package co.athena.academic.service;

import java.util.Locale;

/** The input rule for an area's or subject's code (stored in capitals) and for their names. */
final class Codes {

    static final String PATTERN = "[A-Za-z0-9_-]{1,20}";
    static final String MESSAGE = "must be 1 to 20 letters, digits, dashes or underscores";
    static final String NAME = ".*\\S.*";
    static final String NAME_MESSAGE = "must not be blank";

    private Codes() {
    }

    static String code(String value) {
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
