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

    /** Where a promoted student goes: the next grade, out of the school with their title, or where staff decide. */
    public record Progression(Integer next, boolean graduates) {

        /** Neither: aceleración del aprendizaje leads to the grade the school judges, enrolled by hand. */
        public boolean byHand() {
            return next == null && !graduates;
        }
    }

    /**
     * A promoted student's next grade by the SIMAT sequence (§3.2): preescolar to 11, CLEI 21 to 26 and the normal
     * schools' programme 41 to 45 each lead to the next; 11 (bachiller), 26 and 45 (normalista) end with the title.
     */
    public static Progression after(int grade) {
        if (grade == 11 || grade == 26 || grade == 45) {
            return new Progression(null, true);
        }
        if ((grade >= -2 && grade < 11) || (grade >= 21 && grade < 26) || (grade >= 41 && grade < 45)) {
            return new Progression(grade + 1, false);
        }
        return new Progression(null, false);
    }
}
