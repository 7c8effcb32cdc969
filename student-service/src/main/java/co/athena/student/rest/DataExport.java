package co.athena.student.rest;

import co.athena.student.domain.StudentView;
import co.athena.student.service.SubjectData;

import java.time.Instant;
import java.util.List;

/** Everything this service holds about one student (Ley 1581: the data subject's right of access). */
public record DataExport(Instant exportedAt, StudentView student, List<LinkedGuardianResponse> guardians,
                         List<HistoryEntryResponse> enrollmentHistory, List<AccessLogResponse> accessLog) {

    public static DataExport of(SubjectData data) {
        return new DataExport(data.exportedAt(), data.student(),
                data.guardians().stream().map(LinkedGuardianResponse::of).toList(),
                data.enrollmentHistory().stream().map(HistoryEntryResponse::of).toList(),
                data.accessLog().stream().map(AccessLogResponse::of).toList());
    }
}
