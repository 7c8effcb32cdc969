package co.athena.shared.simat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a promoted student goes, by SIMAT's grade sequence. */
class GradeLevelTest {

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource({
            "-2, -1", "0, 1", "5, 6", "6, 7", "10, 11", "11, graduates",
            "21, 22", "25, 26", "26, graduates",
            "41, 42", "44, 45", "45, graduates",
            "99, by hand"})
    void aPromotedStudentGoes(int grade, String expected) {
        GradeLevel.Progression after = GradeLevel.after(grade);
        String actual = after.graduates() ? "graduates" : after.byHand() ? "by hand" : after.next().toString();
        assertEquals(expected, actual);
    }
}
