package co.athena.enrollment.domain;

/** The input rules for where a student sits: grade, group and shift. */
public final class Placement {

    public static final String GROUP_PATTERN = "[0-9A-Za-z-]{1,10}";
    public static final String GROUP_MESSAGE = "must be 1 to 10 letters, digits or dashes";
    public static final String SHIFT_PATTERN = "morning|afternoon|full_day|night|weekend|single";
    public static final String SHIFT_MESSAGE = "must be one of morning, afternoon, full_day, night, weekend, single";

    private Placement() {
    }
}
