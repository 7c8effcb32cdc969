package co.athena.student.service;

import java.util.List;

/** What an import did (or, with dry_run, would do); with errors, nothing was written. */
public record ImportReport(boolean dryRun, int rows, int created, int updated, int unchanged, int guardiansCreated,
                           List<RowError> errors) {

    public record RowError(int row, String field, String message) {
    }
}
