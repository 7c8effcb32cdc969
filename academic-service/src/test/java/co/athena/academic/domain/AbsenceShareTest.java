package co.athena.academic.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AbsenceShareTest {

    @ParameterizedTest(name = "{0} weekly hours, {1} to {2}: {3} classes")
    @CsvSource({
            "2, 2026-11-02, 2026-11-15, 4",
            "2, 2026-11-02, 2026-11-16, 6",
            "4, 2027-02-01, 2027-04-11, 40",
            "1, 2027-02-01, 2027-02-01, 1"})
    void aPeriodHasItsWeeksTimesTheWeeklyHours(int hours, LocalDate from, LocalDate to, int classes) {
        assertEquals(classes, AbsenceShare.plannedClasses(hours, from, to));
    }

    @ParameterizedTest(name = "{0} absences, {1} held of {2} planned, threshold {3}: {4} % reaches {5}")
    @CsvSource({
            "1, 1, 40, 25, 2.50, false",
            "10, 12, 40, 25, 25.00, true",
            "9, 12, 40, 25, 22.50, false",
            "1, 3, 3, 33.33, 33.33, true",
            "1, 3, 3, 33.34, 33.33, false",
            "5, 50, 40, 10, 10.00, true",
            "0, 0, 0, 25, 0.00, false"})
    void absencesAreAShareOfThePlannedClassesOrOfThoseHeldWhenMore(int absences, int held, int planned,
                                                                   BigDecimal threshold, BigDecimal percent,
                                                                   boolean reaches) {
        AbsenceShare share = new AbsenceShare(absences, Math.max(held, planned));
        assertEquals(percent, share.percent());
        assertEquals(reaches, share.reaches(threshold));
    }
}
