package co.athena.academic.service;

import co.athena.academic.config.ReportCardSettings;
import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.ReportCard;
import co.athena.academic.domain.ReportCardContent;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.academic.repository.PeriodRepository;
import co.athena.academic.repository.ReportCardBuildRepository;
import co.athena.academic.repository.ReportCardRepository;
import co.athena.persistence.metrics.LongWork;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a closed period's report cards as drafts, in the background: the period's close (a tenancy-service event)
 * requests it ({@link AcademicPeriods}); here the oldest request is claimed and built one group per transaction,
 * each student on the card of the group they were last in during the period. A draft takes the grades as they
 * stand (a period that closes again rebuilds it, keeping the director's comment); a published card is left alone.
 * Requests wait in a table, so a restart or a crash mid-way loses nothing: the claim runs out and the period is
 * built again, which gives the same cards.
 */
@ApplicationScoped
public class ReportCardBuilder {

    private static final Logger LOG = Logger.getLogger(ReportCardBuilder.class);

    /** A claimed period and what it needs, read once. */
    private record Plan(AcademicPeriod period, EvaluationRules rules, List<AcademicPeriod> yearPeriods,
                        Map<UUID, List<ClassGroupEnrollment>> byGroup) {
    }

    private final ReportCardBuildRepository builds;
    private final PeriodRepository periods;
    private final ClassGroupEnrollmentRepository memberships;
    private final ReportCardRepository cards;
    private final ReportCardContents contents;
    private final EvaluationSystems evaluation;
    private final TenantTransactions transactions;
    private final ReportCardSettings settings;
    private final LongWork work;

    public ReportCardBuilder(ReportCardBuildRepository builds, PeriodRepository periods,
                             ClassGroupEnrollmentRepository memberships, ReportCardRepository cards,
                             ReportCardContents contents, EvaluationSystems evaluation,
                             TenantTransactions transactions, ReportCardSettings settings, LongWork work) {
        this.work = work;
        this.builds = builds;
        this.periods = periods;
        this.memberships = memberships;
        this.cards = cards;
        this.contents = contents;
        this.evaluation = evaluation;
        this.transactions = transactions;
        this.settings = settings;
    }

    @Scheduled(every = "${athena.report-cards.build-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return buildAll().replaceWithVoid();
    }

    /** Builds every period waiting, oldest request first; how many were built. */
    public Uni<Integer> buildAll() {
        return buildNext().chain(built -> built ? buildAll().map(more -> more + 1) : Uni.createFrom().item(0));
    }

    private Uni<Boolean> buildNext() {
        return transactions.onPlatform(() -> builds.claim(settings.buildLease())).chain(claim -> claim == null
                ? Uni.createFrom().item(false)
                : work.timed("report_card_build", () -> build(claim))
                        .chain(() -> transactions.inSchool(claim.schoolId(), () -> builds.built(claim)))
                        .replaceWith(true));
    }

    private Uni<Void> build(ReportCardBuildRepository.Claim claim) {
        Instant started = UtcClock.now();
        return transactions.inSchool(claim.schoolId(), () -> plan(claim))
                .chain(plan -> plan == null ? Uni.createFrom().voidItem() : Multi.createFrom()
                        .iterable(plan.byGroup().entrySet())
                        .onItem().transformToUniAndConcatenate(group -> transactions.inSchool(claim.schoolId(),
                                () -> buildGroup(plan, group.getKey(), group.getValue())))
                        .collect().with(Collectors.summingInt(Integer::intValue))
                        .invoke(built -> LOG.infof("built %d report cards of period %s in %d ms", built,
                                claim.periodId(), Duration.between(started, UtcClock.now()).toMillis()))
                        .replaceWithVoid());
    }

    /** Null when there is nothing to build: the period is gone, or open again (its next close requests it anew). */
    private Uni<Plan> plan(ReportCardBuildRepository.Claim claim) {
        return periods.findInSchool(claim.schoolId(), claim.periodId()).chain(period -> {
            if (period == null || period.deleted || !period.isOver()) {
                return Uni.createFrom().nullItem();
            }
            return evaluation.rulesOf(period.schoolId, period.schoolYearId)
                    .chain(rules -> periods.ofYear(period.schoolId, period.schoolYearId)
                            .chain(yearPeriods -> memberships.inPeriod(period.schoolId, period.schoolYearId,
                                            period.startsOn, period.endsOn)
                                    .map(members -> new Plan(period, rules, yearPeriods, lastGroupOfEach(members)))));
        });
    }

    /** Each student in the group they were last in during the period (memberships come in order of arrival). */
    private static Map<UUID, List<ClassGroupEnrollment>> lastGroupOfEach(List<ClassGroupEnrollment> members) {
        Map<UUID, ClassGroupEnrollment> last = members.stream()
                .collect(Collectors.toMap(m -> m.studentId, Function.identity(), (older, newer) -> newer,
                        LinkedHashMap::new));
        Map<UUID, List<ClassGroupEnrollment>> byGroup = new LinkedHashMap<>();
        last.values().forEach(m -> byGroup.computeIfAbsent(m.classGroupId, g -> new ArrayList<>()).add(m));
        return byGroup;
    }

    private Uni<Integer> buildGroup(Plan plan, UUID groupId, List<ClassGroupEnrollment> members) {
        AcademicPeriod period = plan.period();
        Instant now = UtcClock.now();
        return contents.ofGroup(period, plan.rules(), plan.yearPeriods(), groupId, members)
                .chain(built -> cards.currentOfStudents(period.schoolId, period.id, built.keySet())
                        .chain(existing -> {
                            Map<UUID, ReportCard> current = existing.stream()
                                    .collect(Collectors.toMap(c -> c.studentId, Function.identity()));
                            List<ReportCard> fresh = new ArrayList<>();
                            int touched = 0;
                            for (Map.Entry<UUID, ReportCardContent> card : built.entrySet()) {
                                ReportCard stored = current.get(card.getKey());
                                if (stored == null) {
                                    fresh.add(ReportCard.draft(UuidV7.next(), period, card.getKey(), card.getValue(),
                                            now));
                                } else if (!stored.isPublished()) {
                                    stored.rebuild(card.getValue(), now);
                                } else {
                                    continue;
                                }
                                touched++;
                            }
                            int count = touched;
                            // Panache refuses an empty batch
                            Uni<Void> stored = fresh.isEmpty() ? Uni.createFrom().voidItem() : cards.persist(fresh);
                            return stored.chain(cards::flush).replaceWith(count);
                        }));
    }
}
