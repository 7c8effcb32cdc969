package co.athena.academic.service;

import co.athena.academic.domain.ActivityScore;

import java.util.List;
import java.util.UUID;

/** An activity's scores: each student's current one, and those changes replaced (old → new by superseded_by). */
public record ScoreSheet(UUID activityId, List<ActivityScore> current, List<ActivityScore> superseded) {

    static ScoreSheet of(UUID activityId, List<ActivityScore> scores) {
        return new ScoreSheet(activityId, scores.stream().filter(s -> s.supersededBy == null).toList(),
                scores.stream().filter(s -> s.supersededBy != null).toList());
    }
}
