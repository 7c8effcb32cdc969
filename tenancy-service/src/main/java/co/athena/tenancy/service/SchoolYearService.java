package co.athena.tenancy.service;

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
import co.athena.tenancy.domain.SchoolYear;
import co.athena.tenancy.domain.SchoolYearStatus;
import co.athena.tenancy.repository.AcademicPeriodRepository;
import co.athena.tenancy.repository.SchoolYearRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/** School years of the caller's school. */
@ApplicationScoped
public class SchoolYearService {

    private final MergePatches patches;
    private final SchoolYearRepository years;
    private final AcademicPeriodRepository periods;
    private final TenantContext tenant;

    public SchoolYearService(MergePatches patches, SchoolYearRepository years, AcademicPeriodRepository periods, TenantContext tenant) {
        this.patches = patches;
        this.years = years;
        this.periods = periods;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<Page<SchoolYear>> list(PageRequest page, String status) {
        SchoolYearStatus filter = status == null ? null : status(status, "status");
        return years.page(tenant.requireSchoolId(), page, filter)
                .map(rows -> Page.of(rows, page, y -> y.id));
    }

    @TenantTransactional
    public Uni<SchoolYear> get(UUID id) {
        return find(id);
    }

    @TenantTransactional
    public Uni<SchoolYear> create(SchoolYearRequest request) {
        requireOrdered(request.startsOn(), request.endsOn());
        SchoolYear year = new SchoolYear();
        year.id = UuidV7.next();
        year.schoolId = tenant.requireSchoolId();
        year.name = request.name().trim();
        year.startsOn = request.startsOn();
        year.endsOn = request.endsOn();
        year.createdAt = UtcClock.now();
        year.updatedAt = year.createdAt;
        return years.nameTaken(year.schoolId, year.name, year.id)
                .invoke(taken -> {
                    if (taken) {
                        throw Problems.conflict("duplicate", "this school already has a school year named " + year.name);
                    }
                })
                .chain(() -> years.persist(year))
                .chain(years::flush)
                .replaceWith(() -> year);
    }

    /** New dates must still hold every period of the year. */
    @TenantTransactional
    public Uni<SchoolYear> update(UUID id, MergePatch<SchoolYearPatch> patch, ExpectedVersion expected) {
        return find(id).chain(year -> {
            expected.check(year.version, "school year " + id);
            if (year.status == SchoolYearStatus.archived) {
                throw Problems.conflict("archived", "an archived school year cannot change");
            }
            SchoolYearPatch current = SchoolYearPatch.of(year);
            SchoolYearPatch changed = patches.apply(patch, current);
            LocalDate startsOn = changed.startsOn();
            LocalDate endsOn = changed.endsOn();
            requireOrdered(startsOn, endsOn);
            String name = changed.name().trim();
            if (new SchoolYearPatch(name, startsOn, endsOn).equals(current)) {
                return Uni.createFrom().item(year);
            }
            return years.nameTaken(year.schoolId, name, year.id)
                    .chain(taken -> {
                        if (taken) {
                            throw Problems.conflict("duplicate", "this school already has a school year named " + name);
                        }
                        return periods.anyOutside(year.schoolId, year.id, startsOn, endsOn);
                    })
                    .chain(outside -> {
                        if (outside) {
                            throw Problems.conflict("periods-outside", "some periods of this year fall outside "
                                    + startsOn + " – " + endsOn + "; move them first");
                        }
                        year.name = name;
                        year.startsOn = startsOn;
                        year.endsOn = endsOn;
                        year.updatedAt = UtcClock.now();
                        return years.flush().replaceWith(() -> year);
                    });
        });
    }

    /** Only a year still in planning can be deleted (its periods go with it). */
    @TenantTransactional
    public Uni<Void> delete(UUID id, ExpectedVersion expected) {
        return find(id).chain(year -> {
            expected.check(year.version, "school year " + id);
            if (year.status != SchoolYearStatus.planning) {
                throw Problems.conflict("not-deletable", "only a school year in planning can be deleted; this one is "
                        + year.status);
            }
            return years.delete(year).chain(years::flush);
        });
    }

    /** planning → active → closed → archived; at most one active year per school. */
    @TenantTransactional
    public Uni<SchoolYear> transition(UUID id, TransitionRequest request, ExpectedVersion expected) {
        SchoolYearStatus target = status(request.to(), "to");
        return find(id).chain(year -> {
            expected.check(year.version, "school year " + id);
            if (!year.status.canMoveTo(target)) {
                throw Problems.invalidTransition("school year", year.status, target, year.status.allowedNext());
            }
            Uni<Void> check = target != SchoolYearStatus.active ? Uni.createFrom().voidItem()
                    : years.findActive(year.schoolId).invoke(active -> {
                        if (active != null) {
                            throw Problems.conflict("active-year-exists", "school year " + active.name
                                    + " is already active; close it first");
                        }
                    }).replaceWithVoid();
            return check.chain(() -> {
                year.status = target;
                year.updatedAt = UtcClock.now();
                return years.flush().replaceWith(() -> year);
            });
        });
    }

    Uni<SchoolYear> find(UUID id) {
        return years.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("school year", id));
    }

    static void requireOrdered(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw Problems.badRequest("ends_on", "must be on or after starts_on");
        }
    }

    private static SchoolYearStatus status(String value, String field) {
        try {
            return SchoolYearStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(field, "must be one of " + Arrays.toString(SchoolYearStatus.values()));
        }
    }
}
