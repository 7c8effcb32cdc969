package co.athena.academic.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A student's absences in a course over an academic period, as a share of the period's classes: the course's
 * weekly hours times the period's weeks (what a school's SIEE means by "the period's classes"), or the classes held
 * when more were. Counting against the classes held alone would make one absence on the first day 100 %.
 */
public record AbsenceShare(int absences, int classes) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static AbsenceShare of(int absences, int held, int weeklyHours, LocalDate startsOn, LocalDate endsOn) {
        return new AbsenceShare(absences, Math.max(held, plannedClasses(weeklyHours, startsOn, endsOn)));
    }

    /** Weekly hours times the period's weeks, a started week counting whole. */
    public static int plannedClasses(int weeklyHours, LocalDate startsOn, LocalDate endsOn) {
        long days = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        return (int) (weeklyHours * ((days + 6) / 7));
    }

    /** Percent of the classes, two decimals. */
    public BigDecimal percent() {
        return classes == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(absences).multiply(HUNDRED).divide(BigDecimal.valueOf(classes), 2,
                RoundingMode.HALF_UP);
    }

    /** Whether the absences reach the threshold (percent), compared exactly rather than after rounding. */
    public boolean reaches(BigDecimal thresholdPercent) {
        return absences > 0 && BigDecimal.valueOf(absences).multiply(HUNDRED)
                .compareTo(thresholdPercent.multiply(BigDecimal.valueOf(classes))) >= 0;
    }
}
