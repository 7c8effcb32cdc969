package co.athena.student.service;

import co.athena.student.domain.AccessLogEntry;
import co.athena.student.domain.EnrollmentHistoryEntry;
import co.athena.student.domain.LinkedGuardian;
import co.athena.student.domain.StudentView;

import java.time.Instant;
import java.util.List;

/** Everything this service holds about one student (Ley 1581: the data subject's right of access). */
public record SubjectData(Instant exportedAt, StudentView student, List<LinkedGuardian> guardians,
                          List<EnrollmentHistoryEntry> enrollmentHistory, List<AccessLogEntry> accessLog) {
}
