package co.athena.academic.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Scores of an activity for a class, in one request: each sets (or changes) that student's score. */
public record ScoresRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull ScoreEntry> entries) {
}
