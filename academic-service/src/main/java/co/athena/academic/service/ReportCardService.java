package co.athena.academic.service;

import co.athena.academic.client.ReportCardSources;
import co.athena.academic.client.StudentName;
import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.ClassGroup;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.GroupReportCard;
import co.athena.academic.domain.ReportCard;
import co.athena.academic.domain.ReportCardContent;
import co.athena.academic.events.AcademicEvents;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.academic.repository.ClassGroupRepository;
import co.athena.academic.repository.GroupReportCardRepository;
import co.athena.academic.repository.PeriodRepository;
import co.athena.academic.repository.ReportCardBuildRepository;
import co.athena.academic.repository.ReportCardRepository;
import co.athena.academic.storage.ReportCardFiles;
import co.athena.academic.storage.ReportCardPage;
import co.athena.academic.storage.ReportCardPdf;
import co.athena.persistence.metrics.LongWork;
import co.athena.persistence.OnWorker;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.jobs.JobProgress;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Report cards once built ({@link ReportCardBuilder}): read them, comment on a draft, publish a closed period's
 * cards with their PDFs (one per student, one per group, in the school's bucket), and correct a published card with
 * a new version. A PDF names the student, whom only student-service knows: publishing and correcting ask it with
 * the caller's token, before any transaction opens, and write the PDFs before the cards say they are published, so
 * an outage (503) leaves the cards as they were.
 */
@ApplicationScoped
public class ReportCardService {

    /** A period's cards to publish, read once, and who publishes them (taken while the request is there). */
    private record Batch(AcademicPeriod period, EvaluationRules rules, Set<UUID> groups, String actor) {
    }

    /** A group's PDFs, rendered: each draft's and the group's, and the drafts as they were rendered. */
    private record Rendered(Map<ReportCard, byte[]> cards, byte[] group, int groupVersion) {
    }

    private final ReportCardRepository cards;
    private final GroupReportCardRepository groupCards;
    private final ReportCardBuildRepository builds;
    private final PeriodRepository periods;
    private final ClassGroupRepository groups;
    private final ClassGroupEnrollmentRepository memberships;
    private final AcademicPeriods academicPeriods;
    private final EvaluationSystems evaluation;
    private final ReportCardContents contents;
    private final ReportCardSources sources;
    private final ReportCardFiles files;
    private final AcademicEvents events;
    private final CourseScope scope;
    private final TenantTransactions transactions;
    private final TenantContext tenant;
    private final LongWork work;

    public ReportCardService(ReportCardRepository cards, GroupReportCardRepository groupCards,
                             ReportCardBuildRepository builds, PeriodRepository periods, ClassGroupRepository groups,
                             ClassGroupEnrollmentRepository memberships, AcademicPeriods academicPeriods,
                             EvaluationSystems evaluation, ReportCardContents contents, ReportCardSources sources,
                             ReportCardFiles files, AcademicEvents events, CourseScope scope,
                             TenantTransactions transactions, TenantContext tenant, LongWork work) {
        this.work = work;
        this.cards = cards;
        this.groupCards = groupCards;
        this.builds = builds;
        this.periods = periods;
        this.groups = groups;
        this.memberships = memberships;
        this.academicPeriods = academicPeriods;
        this.evaluation = evaluation;
        this.contents = contents;
        this.sources = sources;
        this.files = files;
        this.events = events;
        this.scope = scope;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    /** A card, for staff who see every course and the director of its group (404 for anyone else). */
    @TenantTransactional
    public Uni<ReportCardView> get(UUID id) {
        return readable(id).map(this::view);
    }

    /** The group's cards of a period as they stand. */
    @TenantTransactional
    public Uni<List<ReportCardView>> ofGroup(UUID groupId, int period) {
        UUID schoolId = tenant.requireSchoolId();
        return wholeGroup(groupId).chain(group -> academicPeriods.numbered(schoolId, group.schoolYearId, period,
                        "period"))
                .chain(p -> cards.currentOfGroup(schoolId, p.id, groupId))
                .map(found -> found.stream().map(this::view).toList());
    }

    /** Every version of a student's cards in a year, as far as the caller sees the groups they were in. */
    @TenantTransactional
    public Uni<List<ReportCardView>> ofStudent(UUID studentId, UUID schoolYearId) {
        UUID schoolId = tenant.requireSchoolId();
        return cards.ofStudent(schoolId, schoolYearId, studentId).chain(found -> groups.inSchool(schoolId,
                        found.stream().map(c -> c.classGroupId).distinct().toList())
                .map(seen -> {
                    Set<UUID> visible = seen.stream().filter(scope::seesWholeGroup).map(g -> g.id)
                            .collect(Collectors.toSet());
                    return found.stream().filter(c -> visible.contains(c.classGroupId)).map(this::view).toList();
                }));
    }

    /** The group's latest PDF of the period (404 until its cards are published). */
    @TenantTransactional
    public Uni<GroupReportCardView> groupFile(UUID groupId, int period) {
        UUID schoolId = tenant.requireSchoolId();
        return wholeGroup(groupId)
                .chain(group -> academicPeriods.numbered(schoolId, group.schoolYearId, period, "period")
                        .chain(p -> groupCards.latest(schoolId, p.id, groupId))
                        .onItem().ifNull().failWith(() -> Problems.notFound("published report cards of group "
                                + group.code + " for period", period))
                        .map(file -> new GroupReportCardView(file, files.downloadUrl(file,
                                "boletines-" + group.code + "-periodo-" + period + ".pdf"))));
    }

    /** The director's comment on a draft (a published card changes only by a correction: 409). */
    @TenantTransactional
    public Uni<ReportCardView> comment(UUID id, DirectorComment comment) {
        return readable(id).invoke(card -> {
            if (card.isPublished()) {
                throw Problems.conflict("report-card-published", "report card " + id + " is published; it changes "
                        + "only by a correction (POST /api/v1/report-cards/" + id + "/corrections)");
            }
            card.directorComment = comment.comment() == null || comment.comment().isBlank() ? null
                    : comment.comment().strip();
        }).call(card -> cards.flush()).map(this::view);
    }

    /**
     * Publishes the period's drafts, group by group: each student's PDF and the group's are stored, then the cards
     * are published and announced in one transaction per group. Only a closed (or published) period whose cards are
     * built; a second call publishes nothing new.
     */
    public Uni<Publication> publish(PublicationRequest request, JobProgress progress) {
        UUID schoolId = tenant.requireSchoolId();
        String bearer = tenant.bearer();
        String actor = tenant.actor();
        // a big school's publication outlasts a client's patience: it runs to its end even when the client goes,
        // and a second call publishes what is left, if anything
        return TenantTransactions.uncancellable(work.timed("report_card_publication", () -> transactions.inSchool(
                schoolId, () -> batch(schoolId, request, actor)).chain(batch -> {
            if (batch.groups().isEmpty()) {
                return progress.total(0).replaceWith(new Publication(batch.period().id, 0, 0));
            }
            return progress.total(batch.groups().size()).chain(() -> sources.header(bearer)).chain(header -> sources
                    .names(bearer)
                    .chain(names -> Multi.createFrom().iterable(batch.groups())
                            .onItem().transformToUniAndConcatenate(groupId -> publishGroup(batch, groupId, header,
                                    names).call(() -> progress.advanced(1)))
                            .collect().asList()
                            .map(published -> new Publication(batch.period().id,
                                    published.stream().mapToInt(Integer::intValue).sum(), batch.groups().size()))));
        })));
    }

    /**
     * A published card issued again from the grades as they stand (a recovery recorded since, a wrong comment): the
     * next version, published with its PDF; this one stays, marked superseded.
     */
    public Uni<ReportCardView> correct(UUID id, CorrectionOfCard correction) {
        UUID schoolId = tenant.requireSchoolId();
        String bearer = tenant.bearer();
        return transactions.inSchool(schoolId, () -> current(schoolId, id).chain(card -> corrected(card, correction)))
                .call(next -> sources.header(bearer).chain(header -> sources.name(bearer, next.card().studentId)
                        .chain(student -> OnWorker.run(() -> ReportCardPdf.render(List.of(ReportCardPages.of(
                                next.card(), header, student, next.group(), next.period(), next.rules())))))
                        .chain(pdf -> files.put(ReportCardFiles.studentKey(next.card()), pdf))))
                .chain(next -> transactions.inSchool(schoolId, () -> current(schoolId, id)
                        .chain(card -> supersede(card, next.card()))));
    }

    private record Corrected(ReportCard card, ClassGroup group, AcademicPeriod period, EvaluationRules rules) {
    }

    private Uni<Corrected> corrected(ReportCard card, CorrectionOfCard correction) {
        return periods.findInSchool(card.schoolId, card.periodId).chain(period -> groups.findInSchool(card.schoolId,
                        card.classGroupId)
                .chain(group -> evaluation.rulesOf(card.schoolId, card.schoolYearId)
                        .chain(rules -> periods.ofYear(card.schoolId, card.schoolYearId)
                                .chain(yearPeriods -> memberships.ofGroup(card.schoolId, group.id, true)
                                        .chain(members -> contents.ofGroup(period, rules, yearPeriods, group.id,
                                                groupOnCards(members, card.studentId))))
                                .map(built -> {
                                    ReportCardContent mine = built.get(card.studentId);
                                    ReportCardContent content = new ReportCardContent(mine.classGroupId(),
                                            mine.items(), card.rankInGroup, card.groupSize);
                                    String comment = correction.directorComment() == null ? null
                                            : correction.directorComment().strip();
                                    ReportCard next = card.correction(UuidV7.next(), content,
                                            correction.reason().strip(), comment, ReportCardFiles.studentKey(
                                                    card.schoolId, card.periodId, card.studentId, card.version + 1),
                                            tenant.actor(), UtcClock.now());
                                    return new Corrected(next, group, period, rules);
                                }))));
    }

    /** The student alone: a correction keeps the rank and group size the published card gave. */
    private static List<ClassGroupEnrollment> groupOnCards(List<ClassGroupEnrollment> members, UUID studentId) {
        return members.stream().filter(m -> m.studentId.equals(studentId)).limit(1).toList();
    }

    private Uni<ReportCardView> supersede(ReportCard card, ReportCard next) {
        card.supersededBy = next.id;
        // the old card leaves the one-current-card index before the new one arrives
        return cards.flush().chain(() -> cards.persist(next)).chain(cards::flush)
                .chain(() -> events.reportCardPublished(next, card.id))
                .map(ignored -> view(next));
    }

    /** The card as it stands: published, and not superseded (409 otherwise). */
    private Uni<ReportCard> current(UUID schoolId, UUID id) {
        return readable(id).invoke(card -> {
            if (!card.isPublished()) {
                throw Problems.conflict("report-card-draft", "report card " + id + " is a draft: it follows the "
                        + "grades until its period's cards are published");
            }
            if (card.supersededBy != null) {
                throw Problems.conflict("report-card-superseded", "report card " + id + " was corrected by "
                        + card.supersededBy + "; correct that one");
            }
        });
    }

    private Uni<Batch> batch(UUID schoolId, PublicationRequest request, String actor) {
        return academicPeriods.numbered(schoolId, request.schoolYearId(), request.period(), "period")
                .invoke(period -> {
                    if (!period.isOver()) {
                        throw Problems.conflict("period-not-closed", period.describe()
                                + "; its report cards are published once it is closed");
                    }
                })
                .call(period -> builds.pending(period.id).invoke(pending -> {
                    if (pending) {
                        throw Problems.conflict("report-cards-building", "the report cards of period "
                                + period.number + " are being built; publish them in a moment");
                    }
                }))
                .chain(period -> evaluation.rulesOf(schoolId, period.schoolYearId)
                        .chain(rules -> cards.currentOfPeriod(schoolId, period.id)
                                .map(all -> new Batch(period, rules, all.stream().filter(c -> !c.isPublished())
                                        .map(c -> c.classGroupId)
                                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)), actor))));
    }

    private Uni<Integer> publishGroup(Batch batch, UUID groupId, ReportCardSources.Header header,
                                      Map<UUID, StudentName> names) {
        UUID schoolId = batch.period().schoolId;
        return transactions.inSchool(schoolId, () -> groups.findInSchool(schoolId, groupId)
                        .chain(group -> cards.currentOfGroup(schoolId, batch.period().id, groupId)
                                .chain(current -> groupCards.latest(schoolId, batch.period().id, groupId)
                                        .chain(latest -> render(batch, group, current, header, names,
                                                latest == null ? 1 : latest.version + 1)))))
                .call(rendered -> store(schoolId, batch.period().id, groupId, rendered))
                .chain(rendered -> transactions.inSchool(schoolId, () -> published(batch, groupId, rendered)));
    }

    private Uni<Rendered> render(Batch batch, ClassGroup group, List<ReportCard> groupCards,
                                 ReportCardSources.Header header, Map<UUID, StudentName> names, int groupVersion) {
        return OnWorker.run(() -> {
            Map<ReportCard, byte[]> drafts = new java.util.LinkedHashMap<>();
            List<ReportCardPage> all = new ArrayList<>();
            for (ReportCard card : groupCards) {
                ReportCardPage page = ReportCardPages.of(card, header, names.get(card.studentId), group,
                        batch.period(), batch.rules());
                all.add(page);
                if (!card.isPublished()) {
                    drafts.put(card, ReportCardPdf.render(List.of(page)));
                }
            }
            all.sort(java.util.Comparator.comparing(ReportCardPage::studentName));
            return new Rendered(drafts, ReportCardPdf.render(all), groupVersion);
        });
    }

    private Uni<Void> store(UUID schoolId, UUID periodId, UUID groupId, Rendered rendered) {
        return Multi.createFrom().iterable(rendered.cards().entrySet())
                .onItem().transformToUni(pdf -> files.put(ReportCardFiles.studentKey(pdf.getKey()), pdf.getValue()))
                .merge(4)
                .collect().last()
                .chain(() -> files.put(ReportCardFiles.groupKey(schoolId, periodId, groupId, rendered.groupVersion()),
                        rendered.group()));
    }

    /** Publishes the drafts as rendered; one changed since (rebuilt) stays a draft for the next publication. */
    private Uni<Integer> published(Batch batch, UUID groupId, Rendered rendered) {
        UUID schoolId = batch.period().schoolId;
        Instant now = UtcClock.now();
        return cards.currentOfGroup(schoolId, batch.period().id, groupId).chain(current -> {
            Map<UUID, Instant> renderedAt = rendered.cards().keySet().stream()
                    .collect(Collectors.toMap(c -> c.id, c -> c.builtAt));
            List<ReportCard> publishing = current.stream().filter(c -> !c.isPublished()
                    && Objects.equals(renderedAt.get(c.id), c.builtAt)).toList();
            publishing.forEach(c -> c.publish(ReportCardFiles.studentKey(c), batch.actor(), now));
            GroupReportCard file = new GroupReportCard();
            file.id = UuidV7.next();
            file.schoolId = schoolId;
            file.periodId = batch.period().id;
            file.classGroupId = groupId;
            file.version = rendered.groupVersion();
            file.pdfKey = ReportCardFiles.groupKey(schoolId, batch.period().id, groupId, rendered.groupVersion());
            file.publishedAt = now;
            return cards.flush().chain(() -> groupCards.persist(file)).chain(groupCards::flush)
                    .chain(() -> events.reportCardsPublished(publishing))
                    .replaceWith(publishing.size());
        });
    }

    private Uni<ClassGroup> wholeGroup(UUID groupId) {
        return groups.findInSchool(tenant.requireSchoolId(), groupId)
                .onItem().ifNull().failWith(() -> Problems.notFound("class group", groupId))
                .map(scope::requireWholeGroup);
    }

    /** A card of the caller's school whose group the caller sees whole; anyone else gets the 404 of a missing one. */
    private Uni<ReportCard> readable(UUID id) {
        UUID schoolId = tenant.requireSchoolId();
        return cards.findInSchool(schoolId, id)
                .chain(card -> card == null ? Uni.createFrom().<ReportCard>nullItem()
                        : groups.findInSchool(schoolId, card.classGroupId)
                                .map(group -> scope.seesWholeGroup(group) ? card : null))
                .onItem().ifNull().failWith(() -> Problems.notFound("report card", id));
    }

    private ReportCardView view(ReportCard card) {
        return new ReportCardView(card, card.isPublished()
                ? files.downloadUrl(card, "boletin-periodo-" + card.periodNumber + "-v" + card.version + ".pdf")
                : null);
    }
}
