package co.athena.enrollment.repository;

import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * During a rolling update or after a rollback, an instance of the previous release starts on a schema a newer release
 * already migrated. A newer shared script (db/common, V0_x) sits below this release's own newest migration, so to
 * this release's Flyway it is "missing", not "future"; its start-up validation must let it pass all the same.
 */
@QuarkusTest
class PreviousReleaseStartsTest {

    private static final String NEWER_SHARED_SCRIPT = "0.999";

    @Inject
    Flyway flyway;

    @Test
    void aSharedScriptOnlyANewerReleaseHasDoesNotStopThisOneFromStarting() throws SQLException {
        TestDatabase.update("""
                insert into enrollment.flyway_schema_history (installed_rank, version, description, type, script,
                  checksum, installed_by, execution_time, success)
                select max(installed_rank) + 1, ?, 'a newer release''s shared script', 'SQL', 'V0_999__newer.sql', 0,
                  current_user, 1, true from enrollment.flyway_schema_history""", NEWER_SHARED_SCRIPT);

        assertDoesNotThrow(() -> flyway.validate());
    }

    @AfterEach
    void forgetTheNewerScript() throws SQLException {
        TestDatabase.update("delete from enrollment.flyway_schema_history where version = ?", NEWER_SHARED_SCRIPT);
    }
}
