package co.athena.enrollment.domain;

/** SIMAT grades: -2 pre-jardín, -1 jardín, 0 transición, 1..11, and 99 aceleración del aprendizaje. */
public final class GradeLevel {

    public static final String ALLOWED = "-2..11 or 99";

    private GradeLevel() {
    }

    public static boolean isValid(int grade) {
        return (grade >= -2 && grade <= 11) || grade == 99;
    }
}
