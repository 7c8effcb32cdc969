package co.athena.enrollment.rest;

/** The input rules for where a student sits: grade, group and shift. */
final class Placement {

    static final String GROUP_PATTERN = "[0-9A-Za-z-]{1,10}";
    static final String GROUP_MESSAGE = "must be 1 to 10 letters, digits or dashes";
    static final String SHIFT_PATTERN = "morning|afternoon|full_day|night|weekend|single";
    static final String SHIFT_MESSAGE = "must be one of morning, afternoon, full_day, night, weekend, single";

    private Placement() {
    }
}
