package co.athena.shared.simat;

/**
 * The input rule for a class group's code (SIMAT's GRUPO, such as {@code 601}); stored in capitals. Grades are
 * {@link GradeLevel}, shifts {@link Shift}.
 */
public final class GroupCode {

    public static final String PATTERN = "[0-9A-Za-z-]{1,10}";
    public static final String MESSAGE = "must be 1 to 10 letters, digits or dashes";

    private GroupCode() {
    }
}
