package co.athena.academic.service;

import co.athena.academic.client.SchoolYears;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.EvaluationSystem;
import co.athena.academic.domain.EvaluationSystemChange;
import co.athena.academic.repository.EvaluationSystemRepository;
import co.athena.academic.repository.PeriodRepository;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.TransactionLocks;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.json.StoredJson;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Each school year's evaluation system (SIEE): the defaults until the school sets its own, validated as a whole,
 * every change kept. Once a period of the year is closed it is frozen: a change must then carry If-Match (428
 * without) and a reason. Versions as shown count from the defaults (0): a stored system's first version is 1.
 */
@ApplicationScoped
public class EvaluationSystems {

    private final EvaluationSystemRepository systems;
    private final PeriodRepository periods;
    private final SchoolYears years;
    private final TenantTransactions transactions;
    private final TenantContext tenant;

    public EvaluationSystems(EvaluationSystemRepository systems, PeriodRepository periods, SchoolYears years,
                             TenantTransactions transactions, TenantContext tenant) {
        this.systems = systems;
        this.periods = periods;
        this.years = years;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    /** The rules that apply to the year, inside the caller's transaction (attendance, grades). */
    public Uni<EvaluationRules> rulesOf(UUID schoolId, UUID schoolYearId) {
        return systems.ofYear(schoolId, schoolYearId).map(s -> s == null ? EvaluationRules.defaults() : s.rules());
    }

    public Uni<EvaluationSystemView> get(UUID schoolYearId) {
        UUID schoolId = tenant.requireSchoolId();
        return years.require(tenant.bearer(), schoolYearId).chain(year -> transactions.inSchool(schoolId,
                () -> systems.ofYear(schoolId, schoolYearId).chain(stored -> view(schoolYearId, stored))));
    }

    public Uni<EvaluationSystemView> replace(UUID schoolYearId, EvaluationSystemRequest request,
                                             ExpectedVersion expected) {
        List<FieldError> problems = request.rules().problems();
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems.stream().map(p -> new FieldError("rules." + p.field(), p.message()))
                    .toList());
        }
        UUID schoolId = tenant.requireSchoolId();
        return years.requireOpen(tenant.bearer(), schoolYearId).chain(() -> transactions.inSchool(schoolId,
                () -> TransactionLocks.lock("evaluation-system/" + schoolId + "/" + schoolYearId)
                        .chain(() -> systems.ofYear(schoolId, schoolYearId))
                        .chain(stored -> periods.anyClosed(schoolId, schoolYearId).chain(frozen -> {
                            if (frozen && expected.any()) {
                                throw Problems.preconditionRequired("a period of this school year is closed: the "
                                        + "evaluation system changes only by naming the version it replaces "
                                        + "(If-Match) and why (change_reason)");
                            }
                            if (frozen && (request.changeReason() == null || request.changeReason().isBlank())) {
                                throw Problems.badRequest("change_reason", "a period of this school year is closed: "
                                        + "say why its evaluation system changes");
                            }
                            expected.check(versionOf(stored), "evaluation system of school year " + schoolYearId);
                            return save(schoolId, schoolYearId, stored, request)
                                    .chain(saved -> view(schoolYearId, saved));
                        }))));
    }

    public Uni<List<EvaluationSystemChange>> changes(UUID schoolYearId) {
        UUID schoolId = tenant.requireSchoolId();
        return years.require(tenant.bearer(), schoolYearId).chain(year -> transactions.inSchool(schoolId,
                () -> systems.ofYear(schoolId, schoolYearId).chain(stored -> stored == null
                        ? Uni.createFrom().item(List.<EvaluationSystemChange>of())
                        : systems.changes(schoolId, stored.id))));
    }

    private Uni<EvaluationSystem> save(UUID schoolId, UUID schoolYearId, EvaluationSystem stored,
                                       EvaluationSystemRequest request) {
        EvaluationSystem system = stored != null ? stored : new EvaluationSystem();
        if (stored != null && StoredJson.of(request.rules()).equals(stored.rules)) {
            return Uni.createFrom().item(stored); // nothing changes, nor does the version
        }
        system.rules(request.rules());
        system.updatedBy = tenant.actor();
        system.updatedAt = UtcClock.now();
        Uni<Void> written;
        if (stored == null) {
            system.id = UuidV7.next();
            system.schoolId = schoolId;
            system.schoolYearId = schoolYearId;
            system.createdAt = system.updatedAt;
            written = systems.persist(system).chain(systems::flush);
        } else {
            written = systems.flush();
        }
        return written.chain(() -> {
            EvaluationSystemChange change = new EvaluationSystemChange();
            change.id = UuidV7.next();
            change.schoolId = schoolId;
            change.evaluationSystemId = system.id;
            change.version = versionOf(system);
            change.rules = system.rules;
            change.reason = request.changeReason();
            change.changedBy = system.updatedBy;
            change.changedAt = system.updatedAt;
            return systems.record(change).chain(systems::flush);
        }).replaceWith(system);
    }

    private Uni<EvaluationSystemView> view(UUID schoolYearId, EvaluationSystem stored) {
        return periods.anyClosed(tenant.requireSchoolId(), schoolYearId).map(frozen -> stored == null
                ? new EvaluationSystemView(schoolYearId, EvaluationRules.defaults(), frozen, 0, null, null)
                : new EvaluationSystemView(schoolYearId, stored.rules(), frozen, versionOf(stored), stored.updatedBy,
                stored.updatedAt));
    }

    /** The defaults are version 0; a stored system's versions follow from 1. */
    static long versionOf(EvaluationSystem stored) {
        return stored == null ? 0 : stored.version + 1;
    }
}
