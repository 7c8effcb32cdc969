package co.athena.academic.domain;

/** How a student attended a class, as the API and the table spell it; only {@code absent} counts toward alerts. */
public enum AttendanceStatus {
    present, absent, late, excused
}
