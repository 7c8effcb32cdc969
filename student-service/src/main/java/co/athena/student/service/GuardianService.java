package co.athena.student.service;

import co.athena.persistence.TenantTransactional;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import co.athena.student.domain.Guardian;
import co.athena.student.domain.LinkedGuardian;
import co.athena.student.repository.GuardianRepository;
import co.athena.student.repository.StudentGuardianRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Guardians (acudientes) of the caller's school and their links to students. */
@ApplicationScoped
public class GuardianService {

    private final MergePatches patches;
    private final GuardianRepository guardians;
    private final StudentGuardianRepository links;
    private final GuardianLinks guardianLinks;
    private final StudentService students;
    private final TenantContext tenant;

    public GuardianService(MergePatches patches, GuardianRepository guardians, StudentGuardianRepository links, GuardianLinks guardianLinks,
                           StudentService students, TenantContext tenant) {
        this.patches = patches;
        this.guardians = guardians;
        this.links = links;
        this.guardianLinks = guardianLinks;
        this.students = students;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<List<LinkedGuardian>> ofStudent(UUID studentId) {
        return students.find(studentId).chain(student -> guardians.ofStudent(student.schoolId, student.id));
    }

    @TenantTransactional
    public Uni<LinkedGuardian> addToStudent(UUID studentId, GuardianInput input) {
        List<FieldError> errors = new ArrayList<>();
        Documents.check(input.documentType(), input.documentNumber(), "", errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return students.find(studentId).chain(student -> {
            Uni<Void> primaryFree = !Boolean.TRUE.equals(input.isPrimary()) ? Uni.createFrom().voidItem()
                    : links.ofStudent(student.schoolId, student.id).invoke(existing -> {
                        if (existing.stream().anyMatch(link -> link.primary)) {
                            throw Problems.conflict("primary-exists", "this student already has a primary guardian");
                        }
                    }).replaceWithVoid();
            return primaryFree.chain(() -> guardianLinks.link(student, input))
                    .call(guardians::flush);
        });
    }

    @TenantTransactional
    public Uni<Void> unlink(UUID studentId, UUID guardianId) {
        return students.find(studentId)
                .chain(student -> links.link(student.schoolId, student.id, guardianId))
                .onItem().ifNull().failWith(() -> Problems.notFound("guardian link", guardianId))
                .chain(link -> links.delete(link))
                .chain(links::flush);
    }

    @TenantTransactional
    public Uni<Page<Guardian>> list(String q, PageRequest page) {
        return guardians.page(tenant.requireSchoolId(), q, page)
                .map(rows -> Page.of(rows, page, g -> g.id));
    }

    @TenantTransactional
    public Uni<Guardian> get(UUID id) {
        return find(id);
    }

    @TenantTransactional
    public Uni<Guardian> update(UUID id, MergePatch<GuardianPatch> patch, ExpectedVersion expected) {
        return find(id).chain(guardian -> {
            expected.check(guardian.version, "guardian " + id);
            GuardianPatch current = GuardianPatch.of(guardian);
            GuardianPatch changed = patches.apply(patch, current);
            guardian.fullName = changed.fullName().trim();
            guardian.phone = changed.phone();
            guardian.email = changed.email();
            guardian.address = changed.address();
            if (GuardianPatch.of(guardian).equals(current)) {
                return Uni.createFrom().item(guardian);
            }
            guardian.updatedAt = UtcClock.now();
            return guardians.flush().map(ignored -> guardian);
        });
    }

    private Uni<Guardian> find(UUID id) {
        return guardians.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("guardian", id));
    }
}
