package co.athena.shared.simat;

/**
 * SIMAT grades (../shared/reference/simat-anexo-6a.md §3.2): -2 pre-jardín, -1 jardín, 0 transición, 1..11, adult
 * cycles (CLEI) 21..26, the normal schools' complementary programme 41..45, and 99 aceleración del aprendizaje.
 */
public final class GradeLevel {

    public static final String ALLOWED = "-2..11, 21..26, 41..45 or 99";

    private GradeLevel() {
    }

    public static boolean isValid(int grade) {
        return (grade >= -2 && grade <= 11) || (grade >= 21 && grade <= 26) || (grade >= 41 && grade <= 45)
                || grade == 99;
    }
}
