package co.athena.academic.service;

import co.athena.academic.domain.ActivityScore;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.academic.repository.ScoreRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TransactionLocks;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An activity's scores, a whole class in one request, only while its period is open (as tenancy-service last
 * announced it): a score is never overwritten, a change writes a new one and keeps the old (who, when, old → new).
 */
@ApplicationScoped
public class ScoreService {

    private final ActivityService activities;
    private final ScoreRepository scores;
    private final ClassGroupEnrollmentRepository memberships;
    private final CourseScope scope;
    private final AcademicPeriods periods;
    private final EvaluationSystems evaluation;
    private final TenantContext tenant;

    public ScoreService(ActivityService activities, ScoreRepository scores, ClassGroupEnrollmentRepository memberships,
                        CourseScope scope, AcademicPeriods periods, EvaluationSystems evaluation, TenantContext tenant) {
        this.activities = activities;
        this.scores = scores;
        this.memberships = memberships;
        this.scope = scope;
        this.periods = periods;
        this.evaluation = evaluation;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<ScoreSheet> enter(UUID activityId, ScoresRequest request) {
        Map<UUID, ScoreEntry> entries = byStudent(request.entries());
        UUID schoolId = tenant.requireSchoolId();
        return activities.found(activityId).chain(activity -> scope.require(activity.courseOfferingId)
                .chain(course -> periods.numbered(schoolId, course.schoolYearId, activity.periodNumber, "period")
                        .map(ActivityService::requireOpen)
                        .chain(period -> evaluation.rulesOf(schoolId, course.schoolYearId))
                        .invoke(rules -> requireOnScale(rules, request.entries()))
                        .chain(rules -> memberships.ofGroup(schoolId, course.classGroupId, false))
                        .chain(roster -> {
                            Set<UUID> onRoster = roster.stream().map(m -> m.studentId).collect(Collectors.toSet());
                            Set<UUID> strangers = new HashSet<>(entries.keySet());
                            strangers.removeAll(onRoster);
                            if (!strangers.isEmpty()) {
                                throw Problems.unprocessable("entries", strangers.size() + " student(s) not on the "
                                        + "course's roster: " + strangers.stream().limit(10).map(UUID::toString)
                                        .collect(Collectors.joining(", ")));
                            }
                            return TransactionLocks.lock("scores/" + schoolId + "/" + activityId);
                        })
                        .chain(() -> scores.current(schoolId, activityId))
                        .chain(current -> {
                            Map<UUID, ActivityScore> byStudent = current.stream()
                                    .collect(Collectors.toMap(s -> s.studentId, Function.identity()));
                            Instant now = UtcClock.now();
                            List<ActivityScore> written = new ArrayList<>();
                            entries.values().forEach(entry -> {
                                ActivityScore old = byStudent.get(entry.studentId());
                                if (old == null || old.score.compareTo(entry.score()) != 0) {
                                    ActivityScore score = score(schoolId, activityId, entry, now);
                                    if (old != null) {
                                        old.supersede(score.id, now);
                                    }
                                    written.add(score);
                                }
                            });
                            // the replaced scores leave the one-current-score index before the new ones arrive
                            return written.isEmpty() ? Uni.createFrom().voidItem()
                                    : scores.flush().chain(() -> scores.persist(written)).chain(scores::flush);
                        })
                        .chain(() -> scores.everyScore(schoolId, activityId))
                        .map(all -> ScoreSheet.of(activityId, all))));
    }

    @TenantTransactional
    public Uni<ScoreSheet> sheet(UUID activityId) {
        return activities.get(activityId).chain(activity -> scores.everyScore(activity.schoolId, activity.id))
                .map(all -> ScoreSheet.of(activityId, all));
    }

    private ActivityScore score(UUID schoolId, UUID activityId, ScoreEntry entry, Instant now) {
        ActivityScore score = new ActivityScore();
        score.id = UuidV7.next();
        score.schoolId = schoolId;
        score.activityId = activityId;
        score.studentId = entry.studentId();
        score.score = entry.score();
        score.recordedBy = tenant.actor();
        score.recordedAt = now;
        return score;
    }

    private static void requireOnScale(EvaluationRules rules, List<ScoreEntry> entries) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String outside = rules.scale().outside(entries.get(i).score());
            if (outside != null) {
                errors.add(new FieldError("entries[" + i + "].score", outside));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.unprocessable(errors);
        }
    }

    private static Map<UUID, ScoreEntry> byStudent(List<ScoreEntry> entries) {
        Map<UUID, ScoreEntry> byStudent = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (byStudent.putIfAbsent(entries.get(i).studentId(), entries.get(i)) != null) {
                errors.add(new FieldError("entries[" + i + "].student_id", "appears twice in this request"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return byStudent;
    }
}
