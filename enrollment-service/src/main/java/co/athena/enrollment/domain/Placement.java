package co.athena.enrollment.domain;

/** The input rule for a group code (grades are {@link GradeLevel}, shifts {@link Shift}). */
public final class Placement {

    public static final String GROUP_PATTERN = "[0-9A-Za-z-]{1,10}";
    public static final String GROUP_MESSAGE = "must be 1 to 10 letters, digits or dashes";

    private Placement() {
    }
}
