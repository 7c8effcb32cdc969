package co.athena.academic.service;

import co.athena.academic.domain.Subject;
import co.athena.academic.repository.AreaRepository;
import co.athena.academic.repository.SubjectRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The school's subject catalog; a subject in a study plan or a course cannot go (their foreign keys: 409). */
@ApplicationScoped
public class SubjectService {

    private final MergePatches patches;
    private final SubjectRepository subjects;
    private final AreaRepository areas;
    private final TenantContext tenant;

    public SubjectService(MergePatches patches, SubjectRepository subjects, AreaRepository areas, TenantContext tenant) {
        this.patches = patches;
        this.subjects = subjects;
        this.areas = areas;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<Page<Subject>> list(PageRequest page, UUID areaId) {
        return subjects.page(tenant.requireSchoolId(), page, areaId).map(rows -> Page.of(rows, page, s -> s.id));
    }

    @TenantTransactional
    public Uni<Subject> get(UUID id) {
        return find(id);
    }

    @TenantTransactional
    public Uni<Subject> create(SubjectRequest request) {
        UUID schoolId = tenant.requireSchoolId();
        return requireArea(request.areaId()).chain(() -> {
            Subject subject = new Subject();
            subject.id = UuidV7.next();
            subject.schoolId = schoolId;
            subject.areaId = request.areaId();
            subject.code = Codes.code(request.code());
            subject.name = request.name().trim();
            subject.createdAt = UtcClock.now();
            subject.updatedAt = subject.createdAt;
            return subjects.persist(subject).chain(subjects::flush).replaceWith(subject);
        });
    }

    @TenantTransactional
    public Uni<Subject> update(UUID id, MergePatch<SubjectPatch> patch, ExpectedVersion expected) {
        return find(id).chain(subject -> {
            expected.check(subject.version, "subject " + id);
            SubjectPatch changed = patches.apply(patch, SubjectPatch.of(subject));
            SubjectPatch normalized = new SubjectPatch(changed.areaId(), Codes.code(changed.code()), changed.name().trim());
            if (normalized.equals(SubjectPatch.of(subject))) {
                return Uni.createFrom().item(subject);
            }
            return requireArea(normalized.areaId()).chain(() -> {
                subject.areaId = normalized.areaId();
                subject.code = normalized.code();
                subject.name = normalized.name();
                subject.updatedAt = UtcClock.now();
                return subjects.flush().replaceWith(subject);
            });
        });
    }

    @TenantTransactional
    public Uni<Void> delete(UUID id, ExpectedVersion expected) {
        return find(id).chain(subject -> {
            expected.check(subject.version, "subject " + id);
            return subjects.delete(subject).chain(subjects::flush);
        });
    }

    private Uni<Void> requireArea(UUID areaId) {
        return areas.findInSchool(tenant.requireSchoolId(), areaId).invoke(area -> {
            if (area == null) {
                throw Problems.unprocessable("area_id", "no such area in this school");
            }
        }).replaceWithVoid();
    }

    private Uni<Subject> find(UUID id) {
        return subjects.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("subject", id));
    }
}
