package co.athena.academic.service;

import co.athena.academic.client.SchoolYears;
import co.athena.academic.domain.ClassGroup;
import co.athena.academic.repository.ClassGroupRepository;
import co.athena.academic.repository.StaffRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.Problems;
import co.athena.shared.simat.GradeLevel;
import co.athena.shared.simat.GroupCode;
import co.athena.shared.simat.Shift;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Objects;
import java.util.UUID;

/**
 * Class groups per school year; the year is tenancy-service's, asked before the transaction opens. A new group
 * takes in the enrollments that waited for its code ({@link Rosters}).
 */
@ApplicationScoped
public class ClassGroupService {

    private final MergePatches patches;
    private final ClassGroupRepository groups;
    private final SchoolYears years;
    private final Rosters rosters;
    private final StaffRepository staff;
    private final TenantTransactions transactions;
    private final TenantContext tenant;

    public ClassGroupService(MergePatches patches, ClassGroupRepository groups, SchoolYears years, Rosters rosters,
                             StaffRepository staff, TenantTransactions transactions, TenantContext tenant) {
        this.patches = patches;
        this.groups = groups;
        this.years = years;
        this.rosters = rosters;
        this.staff = staff;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<Page<ClassGroup>> list(PageRequest page, UUID schoolYearId, Integer gradeLevel) {
        return groups.page(tenant.requireSchoolId(), page, schoolYearId, gradeLevel)
                .map(rows -> Page.of(rows, page, g -> g.id));
    }

    @TenantTransactional
    public Uni<ClassGroup> get(UUID id) {
        return find(id);
    }

    public Uni<ClassGroup> create(ClassGroupRequest request) {
        requireGrade(request.gradeLevel());
        UUID schoolId = tenant.requireSchoolId();
        return years.requireOpen(tenant.bearer(), request.schoolYearId())
                .chain(() -> transactions.inSchool(schoolId, () -> requireDirector(request.directorId()).chain(() -> {
                    ClassGroup group = new ClassGroup();
                    group.id = UuidV7.next();
                    group.schoolId = schoolId;
                    group.schoolYearId = request.schoolYearId();
                    group.gradeLevel = request.gradeLevel();
                    group.code = GroupCode.normalized(request.code());
                    group.shift = Shift.valueOf(request.shift());
                    group.capacity = request.capacity();
                    group.directorId = request.directorId();
                    group.createdAt = UtcClock.now();
                    group.updatedAt = group.createdAt;
                    return groups.persist(group).chain(groups::flush)
                            .chain(() -> rosters.placeWaiting(group)).replaceWith(group);
                })));
    }

    @TenantTransactional
    public Uni<ClassGroup> update(UUID id, MergePatch<ClassGroupPatch> patch, ExpectedVersion expected) {
        return find(id).chain(group -> {
            expected.check(group.version, "class group " + id);
            ClassGroupPatch changed = patches.apply(patch, ClassGroupPatch.of(group));
            ClassGroupPatch normalized = new ClassGroupPatch(GroupCode.normalized(changed.code()), changed.shift(),
                    changed.capacity(), changed.directorId());
            if (normalized.equals(ClassGroupPatch.of(group))) {
                return Uni.createFrom().item(group);
            }
            Uni<Void> director = Objects.equals(normalized.directorId(), group.directorId) ? Uni.createFrom().voidItem()
                    : requireDirector(normalized.directorId());
            return director.chain(() -> {
                group.code = normalized.code();
                group.shift = Shift.valueOf(normalized.shift());
                group.capacity = normalized.capacity();
                group.directorId = normalized.directorId();
                group.updatedAt = UtcClock.now();
                return groups.flush().replaceWith(group);
            });
        });
    }

    /** A group with courses cannot go (their foreign key: 409). */
    @TenantTransactional
    public Uni<Void> delete(UUID id, ExpectedVersion expected) {
        return find(id).chain(group -> {
            expected.check(group.version, "class group " + id);
            return groups.delete(group).chain(groups::flush);
        });
    }

    /** A director is an active teacher of the school, as identity-service last announced ({@link StaffMembers}). */
    private Uni<Void> requireDirector(UUID directorId) {
        if (directorId == null) {
            return Uni.createFrom().voidItem();
        }
        return staff.isActiveTeacher(tenant.requireSchoolId(), directorId).invoke(teacher -> {
            if (!teacher) {
                throw Problems.unprocessable("director_id", "not an active teacher of this school");
            }
        }).replaceWithVoid();
    }

    static void requireGrade(int grade) {
        if (!GradeLevel.isValid(grade)) {
            throw Problems.badRequest("grade_level", "must be a SIMAT grade: " + GradeLevel.ALLOWED);
        }
    }

    private Uni<ClassGroup> find(UUID id) {
        return groups.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("class group", id));
    }
}
