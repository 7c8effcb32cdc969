package co.athena.enrollment.repository;

import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.shared.simat.Shift;
import co.athena.enrollment.domain.SimatStatus;
import co.athena.persistence.TenantReads;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.PageRequest;
import co.athena.testing.OnVertx;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enrollment list in SQL on the real database: its school, each filter, the keyset after a cursor, RLS, its plan. */
@QuarkusTest
class EnrollmentReadsTest {

    @Inject
    EnrollmentReads reads;
    @Inject
    TenantReads tenantReads;

    private final UUID school = UUID.randomUUID();
    private final UUID year = UUID.randomUUID();

    @Test
    void eachFilterNarrowsTheSchoolsListAndNoOtherSchoolShowsUp() throws SQLException {
        UUID sixthA = enrollment(school, year, 6, "601", "pending_documents");
        UUID sixthB = enrollment(school, year, 6, "602", "active");
        UUID seventh = enrollment(school, year, 7, "701", "active");
        UUID otherYear = enrollment(school, UUID.randomUUID(), 6, "601", "active");
        enrollment(UUID.randomUUID(), year, 6, "601", "active");

        assertEquals(List.of(sixthA, sixthB, seventh, otherYear), page(new EnrollmentReads.Filter(null, null, null, null)));
        assertEquals(List.of(sixthA, sixthB, seventh), page(new EnrollmentReads.Filter(year, null, null, null)));
        assertEquals(List.of(sixthB, seventh, otherYear), page(new EnrollmentReads.Filter(null, EnrollmentStatus.active, null, null)));
        assertEquals(List.of(sixthA, sixthB, otherYear), page(new EnrollmentReads.Filter(null, null, 6, null)));
        assertEquals(List.of(sixthA, otherYear), page(new EnrollmentReads.Filter(null, null, null, "601")));
    }

    @Test
    void aPageAfterACursorStartsWithTheNextId() throws SQLException {
        UUID first = enrollment(school, year, 6, "601", "active");
        UUID second = enrollment(school, year, 6, "601", "active");
        UUID third = enrollment(school, year, 6, "601", "active");

        List<Enrollment> rows = OnVertx.await(() -> reads.page(school, new PageRequest(1, Optional.of(first)),
                new EnrollmentReads.Filter(null, null, null, null)));

        assertEquals(List.of(second, third), rows.stream().map(e -> e.id).toList(), "the limit plus one, to know a next page exists");
    }

    @Test
    void rowLevelSecurityHidesAnotherSchoolsRowsEvenIfTheQueryAskedForThem() throws SQLException {
        UUID other = UUID.randomUUID();
        enrollment(school, year, 6, "601", "active");
        UUID theirs = enrollment(other, year, 6, "601", "active");

        // the transaction is bound to `school` while the query names `other`: the second wall answers nothing
        List<UUID> seen = OnVertx.await(() -> tenantReads.inSchool(school, connection -> KeysetQuery.on("id")
                .where("school_id = :school", "school", other)
                .list(connection, "select id from enrollments", row -> row.getUUID("id"), PageRequest.of(50, null))));

        assertEquals(List.of(), seen);
        assertEquals(List.of(theirs), OnVertx.await(() -> reads.page(other, PageRequest.of(50, null),
                new EnrollmentReads.Filter(null, null, null, null))).stream().map(e -> e.id).toList());
    }

    /** More failures than the pool has connections: each one's transaction rolled back, its connection given back. */
    @Test
    void aWorkThatFailsChangesNothingAndGivesItsConnectionBack() throws SQLException {
        UUID id = enrollment(school, year, 6, "601", "active");

        for (int attempt = 0; attempt < 25; attempt++) {
            assertThrows(Exception.class, () -> OnVertx.await(() -> tenantReads.inSchool(school, connection -> connection
                    .preparedQuery("update enrollments set group_code = '999' where id = $1").execute(Tuple.of(id))
                    .chain(() -> connection.query("select 1 / 0").execute()))));
        }

        assertEquals(0, TestDatabase.count("select count(*) from enrollment.enrollments where id = ? and group_code = '999'", id));
        assertEquals(List.of(id), OnVertx.await(() -> reads.page(school, PageRequest.of(50, null),
                new EnrollmentReads.Filter(null, null, null, null))).stream().map(e -> e.id).toList());
    }

    @Test
    void aRowCarriesEverythingTheAnswerShows() throws SQLException {
        UUID id = enrollment(school, year, 6, "601", "active");
        TestDatabase.update("update enrollment.enrollments set status_history = "
                + "'[{\"status\": \"active\", \"changed_by\": \"secretaria\"}]', extra_data = '{\"bus\": \"7\"}' "
                + "where id = ?", id);

        Enrollment read = OnVertx.await(() -> reads.page(school, PageRequest.of(50, null),
                new EnrollmentReads.Filter(null, null, null, null))).get(0);

        assertEquals(List.of(id, 6, "601", Shift.morning, EnrollmentStatus.active, SimatStatus.not_reported, Map.of("bus", "7"), 0L),
                List.of(read.id, read.gradeLevel, read.groupCode, read.shift, read.status, read.simatStatus, read.extraData,
                        read.version));
        assertEquals("secretaria", read.statusHistory().get(0).get("changed_by"));
    }

    /**
     * Every school's rows lie among every other school's (ids are time-ordered and schools enroll at once). The page
     * must walk the school's own (school_id, id) index: walking the primary key and filtering (what the planner chose
     * at PostgreSQL's default random_page_cost) reads every other school's rows on the way.
     */
    @Test
    void aSchoolsPageWalksItsOwnIndexNotTheWholeTable() throws SQLException {
        List<UUID> schools = Stream.generate(UUID::randomUUID).limit(20).toList();
        try (Connection admin = TestDatabase.asAdmin(); var insert = admin.prepareStatement("""
                insert into enrollment.enrollments (id, school_id, student_id, school_year_id, grade_level, group_code,
                  shift, status) values (?, ?, ?, ?, 6, '601', 'morning', 'active')""")) {
            for (int n = 0; n < 2_000; n++) {
                insert.setObject(1, UuidV7.next());
                insert.setObject(2, schools.get(n % schools.size()));
                insert.setObject(3, UUID.randomUUID());
                insert.setObject(4, year);
                insert.addBatch();
            }
            insert.executeBatch();
            admin.createStatement().execute("analyze enrollment.enrollments");
        }
        UUID last = schools.get(schools.size() - 1);

        List<String> lines = OnVertx.await(() -> tenantReads.inSchool(last, connection -> KeysetQuery.on("id")
                .where("school_id = :school", "school", last)
                .list(connection, "explain " + EnrollmentReads.COLUMNS, row -> row.getString(0), PageRequest.of(50, null))));
        String plan = String.join("\n", lines);

        assertTrue(plan.contains("Index Scan using enrollments_school_id"), plan);
        assertFalse(plan.contains("enrollments_pkey"), plan);
    }

    private List<UUID> page(EnrollmentReads.Filter filter) {
        return OnVertx.await(() -> reads.page(school, PageRequest.of(50, null), filter)).stream().map(e -> e.id).toList();
    }

    private static UUID enrollment(UUID school, UUID year, int grade, String group, String status) throws SQLException {
        UUID id = UuidV7.next();
        TestDatabase.update("""
                insert into enrollment.enrollments (id, school_id, student_id, school_year_id, grade_level, group_code,
                  shift, status) values (?, ?, ?, ?, ?, ?, 'morning', ?)""", id, school, UUID.randomUUID(), year, grade,
                group, status);
        return id;
    }
}
