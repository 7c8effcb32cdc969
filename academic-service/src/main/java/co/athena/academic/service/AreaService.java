package co.athena.academic.service;

import co.athena.academic.domain.AcademicArea;
import co.athena.academic.domain.LeyGeneralAreas;
import co.athena.academic.repository.AreaRepository;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The school's areas; a duplicate code is a 409 (its unique constraint), an area with subjects cannot go. */
@ApplicationScoped
public class AreaService {

    private final MergePatches patches;
    private final AreaRepository areas;
    private final TenantContext tenant;

    public AreaService(MergePatches patches, AreaRepository areas, TenantContext tenant) {
        this.patches = patches;
        this.areas = areas;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<Page<AcademicArea>> list(PageRequest page) {
        return areas.page(tenant.requireSchoolId(), page).map(rows -> Page.of(rows, page, a -> a.id));
    }

    @TenantTransactional
    public Uni<AcademicArea> get(UUID id) {
        return find(id);
    }

    @TenantTransactional
    public Uni<AcademicArea> create(AreaRequest request) {
        AcademicArea area = area(Codes.code(request.code()), request.name().trim(),
                Boolean.TRUE.equals(request.mandatory()), UtcClock.now());
        return areas.persist(area).chain(areas::flush).replaceWith(area);
    }

    /** Ley 115's obligatory areas this school does not have yet (by code); running it again adds nothing. */
    @TenantTransactional
    public Uni<List<AcademicArea>> addLeyGeneralAreas() {
        Instant now = UtcClock.now();
        return areas.allOfSchool(tenant.requireSchoolId()).chain(existing -> {
            Set<String> codes = existing.stream().map(a -> a.code).collect(Collectors.toSet());
            List<AcademicArea> added = new ArrayList<>();
            LeyGeneralAreas.ALL.stream().filter(a -> !codes.contains(a.code()))
                    .forEach(a -> added.add(area(a.code(), a.name(), true, now)));
            return added.isEmpty() ? Uni.createFrom().item(added)
                    : areas.persist(added).chain(areas::flush).replaceWith(added);
        });
    }

    @TenantTransactional
    public Uni<AcademicArea> update(UUID id, MergePatch<AreaPatch> patch, ExpectedVersion expected) {
        return find(id).chain(area -> {
            expected.check(area.version, "area " + id);
            AreaPatch changed = patches.apply(patch, AreaPatch.of(area));
            AreaPatch normalized = new AreaPatch(Codes.code(changed.code()), changed.name().trim(), changed.mandatory());
            if (normalized.equals(AreaPatch.of(area))) {
                return Uni.createFrom().item(area);
            }
            area.code = normalized.code();
            area.name = normalized.name();
            area.mandatory = normalized.mandatory();
            area.updatedAt = UtcClock.now();
            return areas.flush().replaceWith(area);
        });
    }

    @TenantTransactional
    public Uni<Void> delete(UUID id, ExpectedVersion expected) {
        return find(id).chain(area -> {
            expected.check(area.version, "area " + id);
            return areas.delete(area).chain(areas::flush);
        });
    }

    private AcademicArea area(String code, String name, boolean mandatory, Instant at) {
        AcademicArea area = new AcademicArea();
        area.id = UuidV7.next();
        area.schoolId = tenant.requireSchoolId();
        area.code = code;
        area.name = name;
        area.mandatory = mandatory;
        area.createdAt = at;
        area.updatedAt = at;
        return area;
    }

    private Uni<AcademicArea> find(UUID id) {
        return areas.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("area", id));
    }
}
