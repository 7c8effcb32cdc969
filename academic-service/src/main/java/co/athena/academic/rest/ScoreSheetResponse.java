package co.athena.academic.rest;

import co.athena.academic.service.ScoreSheet;

import java.util.List;
import java.util.UUID;

/** An activity's scores: each student's current one ({@code scores}) and those changes replaced. */
public record ScoreSheetResponse(UUID activityId, List<ScoreResponse> scores, List<ScoreResponse> superseded) {

    public static ScoreSheetResponse of(ScoreSheet sheet) {
        return new ScoreSheetResponse(sheet.activityId(), sheet.current().stream().map(ScoreResponse::of).toList(),
                sheet.superseded().stream().map(ScoreResponse::of).toList());
    }
}
