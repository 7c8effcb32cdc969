package co.athena.academic.rest;

import co.athena.academic.service.Roll;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A class's roll: each student's current record ({@code records}), and those corrections replaced. */
public record RollResponse(UUID courseOfferingId, LocalDate classDate, List<AttendanceRecordResponse> records,
                           List<AttendanceRecordResponse> superseded) {

    public static RollResponse of(Roll roll) {
        return new RollResponse(roll.courseOfferingId(), roll.classDate(),
                roll.current().stream().map(AttendanceRecordResponse::of).toList(),
                roll.superseded().stream().map(AttendanceRecordResponse::of).toList());
    }
}
