package co.athena.shared.simat;

import java.util.Locale;

/**
 * The input rule for a class group's code (SIMAT's GRUPO, such as {@code 601}); stored in capitals. Grades are
 * {@link GradeLevel}, shifts {@link Shift}.
 */
public final class GroupCode {

    public static final String PATTERN = "[0-9A-Za-z-]{1,10}";
    public static final String MESSAGE = "must be 1 to 10 letters, digits or dashes";

    private GroupCode() {
    }

    /** As stored and compared everywhere: trimmed, in capitals ({@code 6-a} is {@code 6-A}). */
    public static String normalized(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
