package co.athena.student.service;

import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.Problems;
import co.athena.student.domain.Guardian;
import co.athena.student.domain.IdentityDocumentType;
import co.athena.student.domain.LinkedGuardian;
import co.athena.student.domain.Student;
import co.athena.student.domain.StudentGuardian;
import co.athena.student.repository.GuardianRepository;
import co.athena.student.repository.StudentGuardianRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Links a guardian to a student: a guardian whose document already exists in the school is reused
 * (and their contact data refreshed), never duplicated. Runs in the caller's transaction.
 */
@ApplicationScoped
public class GuardianLinks {

    private final GuardianRepository guardians;
    private final StudentGuardianRepository links;

    public GuardianLinks(GuardianRepository guardians, StudentGuardianRepository links) {
        this.guardians = guardians;
        this.links = links;
    }

    public Uni<LinkedGuardian> link(Student student, GuardianInput input) {
        String number = IdentityDocumentType.normalize(input.documentNumber());
        return guardians.findByDocument(student.schoolId, number)
                .chain(existing -> existing != null ? refreshed(existing, input) : created(student, input, number))
                .chain(guardian -> links.link(student.schoolId, student.id, guardian.id).chain(found -> {
                    if (found != null) {
                        throw Problems.conflict("duplicate", "this guardian is already linked to this student");
                    }
                    StudentGuardian link = new StudentGuardian();
                    link.schoolId = student.schoolId;
                    link.studentId = student.id;
                    link.guardianId = guardian.id;
                    link.relationship = input.relationship();
                    link.primary = Boolean.TRUE.equals(input.isPrimary());
                    link.priority = input.priority() == null ? 1 : input.priority();
                    link.canPickup = input.canPickup() == null || input.canPickup();
                    link.emergencyContact = Boolean.TRUE.equals(input.isEmergencyContact());
                    link.createdAt = UtcClock.now();
                    return links.persist(link).map(saved -> new LinkedGuardian(guardian, saved));
                }));
    }

    private Uni<Guardian> refreshed(Guardian guardian, GuardianInput input) {
        guardian.fullName = input.fullName().trim();
        if (input.phone() != null) {
            guardian.phone = input.phone();
        }
        if (input.email() != null) {
            guardian.email = input.email();
        }
        if (input.address() != null) {
            guardian.address = input.address();
        }
        guardian.updatedAt = UtcClock.now();
        return Uni.createFrom().item(guardian);
    }

    private Uni<Guardian> created(Student student, GuardianInput input, String number) {
        Guardian guardian = new Guardian();
        guardian.id = UuidV7.next();
        guardian.schoolId = student.schoolId;
        guardian.documentType = input.documentType();
        guardian.documentNumber = number;
        guardian.fullName = input.fullName().trim();
        guardian.phone = input.phone();
        guardian.email = input.email();
        guardian.address = input.address();
        guardian.createdAt = UtcClock.now();
        guardian.updatedAt = guardian.createdAt;
        return guardians.persist(guardian);
    }
}
