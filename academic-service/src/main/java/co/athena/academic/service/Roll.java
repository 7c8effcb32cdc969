package co.athena.academic.service;

import co.athena.academic.domain.AttendanceRecord;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A class's roll: each student's current record, and the records corrections replaced. */
public record Roll(UUID courseOfferingId, LocalDate classDate, List<AttendanceRecord> current,
                   List<AttendanceRecord> superseded) {

    static Roll of(UUID courseId, LocalDate classDate, List<AttendanceRecord> records) {
        return new Roll(courseId, classDate, records.stream().filter(r -> r.supersededBy == null)
                .sorted(Comparator.comparing(r -> r.studentId)).toList(),
                records.stream().filter(r -> r.supersededBy != null).toList());
    }
}
