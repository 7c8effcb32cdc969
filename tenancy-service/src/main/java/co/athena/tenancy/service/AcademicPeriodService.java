package co.athena.tenancy.service;

import co.athena.persistence.TenantTransactional;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.Problems;
import co.athena.shared.version.ExpectedVersion;
import co.athena.tenancy.domain.AcademicPeriod;
import co.athena.tenancy.events.PeriodEvents;
import co.athena.tenancy.domain.PeriodStatus;
import co.athena.tenancy.domain.SchoolYear;
import co.athena.tenancy.domain.SchoolYearStatus;
import co.athena.tenancy.repository.AcademicPeriodRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Academic periods of a school year: inside the year's dates, numbered from 1, never overlapping. */
@ApplicationScoped
public class AcademicPeriodService {

    private final MergePatches patches;
    private final AcademicPeriodRepository periods;
    private final SchoolYearService years;
    private final PeriodEvents events;

    public AcademicPeriodService(MergePatches patches, AcademicPeriodRepository periods, SchoolYearService years,
                                 PeriodEvents events) {
        this.patches = patches;
        this.periods = periods;
        this.years = years;
        this.events = events;
    }

    @TenantTransactional
    public Uni<List<AcademicPeriod>> list(UUID yearId) {
        return years.find(yearId).chain(year -> periods.ofYear(year.schoolId, year.id));
    }

    @TenantTransactional
    public Uni<AcademicPeriod> get(UUID yearId, int number) {
        return years.find(yearId).chain(year -> find(year, number));
    }

    @TenantTransactional
    public Uni<AcademicPeriod> create(UUID yearId, PeriodRequest request) {
        return years.find(yearId).chain(year -> {
            requireOpen(year);
            requireWithin(year, request.startsOn(), request.endsOn());
            AcademicPeriod period = new AcademicPeriod();
            period.id = UuidV7.next();
            period.schoolId = year.schoolId;
            period.schoolYearId = year.id;
            period.number = request.number();
            period.name = request.name().trim();
            period.startsOn = request.startsOn();
            period.endsOn = request.endsOn();
            period.createdAt = UtcClock.now();
            period.updatedAt = period.createdAt;
            return periods.findByNumber(year.schoolId, year.id, period.number)
                    .invoke(existing -> {
                        if (existing != null) {
                            throw Problems.conflict("duplicate", "this school year already has period " + period.number);
                        }
                    })
                    .chain(() -> requireNoOverlap(period, period.startsOn, period.endsOn))
                    .chain(() -> periods.persist(period))
                    .chain(periods::flush)
                    .chain(() -> events.changed(period))
                    .replaceWith(() -> period);
        });
    }

    @TenantTransactional
    public Uni<AcademicPeriod> update(UUID yearId, int number, MergePatch<PeriodPatch> patch, ExpectedVersion expected) {
        return years.find(yearId).chain(year -> find(year, number).chain(period -> {
            expected.check(period.version, "period " + number);
            requireOpen(year);
            PeriodPatch current = PeriodPatch.of(period);
            PeriodPatch changed = patches.apply(patch, current);
            String name = changed.name().trim();
            if (new PeriodPatch(name, changed.startsOn(), changed.endsOn()).equals(current)) {
                return Uni.createFrom().item(period);
            }
            requireWithin(year, changed.startsOn(), changed.endsOn());
            return requireNoOverlap(period, changed.startsOn(), changed.endsOn()).chain(() -> {
                period.name = name;
                period.startsOn = changed.startsOn();
                period.endsOn = changed.endsOn();
                period.updatedAt = UtcClock.now();
                return periods.flush().chain(() -> events.changed(period)).replaceWith(() -> period);
            });
        }));
    }

    /** Only a draft period can be deleted. */
    @TenantTransactional
    public Uni<Void> delete(UUID yearId, int number, ExpectedVersion expected) {
        return years.find(yearId).chain(year -> find(year, number)).chain(period -> {
            expected.check(period.version, "period " + number);
            if (period.status != PeriodStatus.draft) {
                throw Problems.conflict("not-deletable", "only a draft period can be deleted; this one is " + period.status);
            }
            return periods.delete(period).chain(periods::flush).chain(() -> events.deleted(period));
        });
    }

    /** draft → open → closed → published. */
    @TenantTransactional
    public Uni<AcademicPeriod> transition(UUID yearId, int number, TransitionRequest request, ExpectedVersion expected) {
        PeriodStatus target = status(request.to());
        return years.find(yearId).chain(year -> find(year, number)).chain(period -> {
            expected.check(period.version, "period " + number);
            if (!period.status.canMoveTo(target)) {
                throw Problems.invalidTransition("period", period.status, target, period.status.allowedNext());
            }
            period.status = target;
            period.updatedAt = UtcClock.now();
            return periods.flush().chain(() -> events.changed(period)).replaceWith(() -> period);
        });
    }

    private Uni<AcademicPeriod> find(SchoolYear year, int number) {
        return periods.findByNumber(year.schoolId, year.id, number)
                .onItem().ifNull().failWith(() -> Problems.notFound("period", number + " of school year " + year.id));
    }

    private Uni<Void> requireNoOverlap(AcademicPeriod period, LocalDate startsOn, LocalDate endsOn) {
        return periods.overlapping(period.schoolId, period.schoolYearId, startsOn, endsOn, period.id)
                .invoke(other -> {
                    if (other != null) {
                        throw Problems.conflict("overlap", "the dates overlap period " + other.number + " ("
                                + other.startsOn + " – " + other.endsOn + ")");
                    }
                }).replaceWithVoid();
    }

    private static void requireOpen(SchoolYear year) {
        if (year.status == SchoolYearStatus.closed || year.status == SchoolYearStatus.archived) {
            throw Problems.conflict("year-closed", "the periods of a " + year.status + " school year cannot change");
        }
    }

    private static void requireWithin(SchoolYear year, LocalDate startsOn, LocalDate endsOn) {
        SchoolYearService.requireOrdered(startsOn, endsOn);
        if (!year.contains(startsOn, endsOn)) {
            throw Problems.badRequest(startsOn.isBefore(year.startsOn) ? "starts_on" : "ends_on",
                    "must fall within the school year (" + year.startsOn + " – " + year.endsOn + ")");
        }
    }

    private static PeriodStatus status(String value) {
        try {
            return PeriodStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("to", "must be one of " + Arrays.toString(PeriodStatus.values()));
        }
    }
}
