package co.athena.academic.domain;

import java.util.UUID;

/** A student's current attendance records in a course over some dates, counted by status. */
public record AttendanceTally(UUID studentId, int present, int absent, int late, int excused) {
}
