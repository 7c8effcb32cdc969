package co.athena.student.rest;

import java.time.Instant;
import java.util.List;

/** Everything this service holds about one student (Ley 1581: the data subject's right of access). */
public record DataExport(Instant exportedAt, StudentResponse student, List<LinkedGuardianResponse> guardians,
                         List<HistoryEntryResponse> enrollmentHistory, List<AccessLogResponse> accessLog) {
}
