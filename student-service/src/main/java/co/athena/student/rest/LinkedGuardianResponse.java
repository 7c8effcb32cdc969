package co.athena.student.rest;

import co.athena.student.domain.Guardian;
import co.athena.student.domain.LinkedGuardian;
import co.athena.student.domain.StudentGuardian;

import java.util.UUID;

/** A guardian as seen from one student: the person and the link. */
public record LinkedGuardianResponse(UUID id, String documentType, String documentNumber, String fullName,
                                     String phone, String email, String address, String relationship,
                                     boolean isPrimary, int priority, boolean canPickup, boolean isEmergencyContact) {

    public static LinkedGuardianResponse of(LinkedGuardian linked) {
        Guardian g = linked.guardian();
        StudentGuardian link = linked.link();
        return new LinkedGuardianResponse(g.id, g.documentType, g.documentNumber, g.fullName, g.phone, g.email,
                g.address, link.relationship, link.primary, link.priority, link.canPickup, link.emergencyContact);
    }
}
