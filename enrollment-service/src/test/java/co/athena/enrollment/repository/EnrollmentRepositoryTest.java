package co.athena.enrollment.repository;

import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.PageRequest;
import co.athena.testing.OnVertx;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The enrollment list query on the real database: its school, each filter, and the keyset after a cursor. */
@QuarkusTest
class EnrollmentRepositoryTest {

    @Inject
    EnrollmentRepository enrollments;
    @Inject
    TenantTransactions transactions;

    private final UUID school = UUID.randomUUID();
    private final UUID year = UUID.randomUUID();

    @Test
    void eachFilterNarrowsTheSchoolsListAndNoOtherSchoolShowsUp() throws SQLException {
        UUID sixthA = enrollment(school, year, 6, "601", "pending_documents");
        UUID sixthB = enrollment(school, year, 6, "602", "active");
        UUID seventh = enrollment(school, year, 7, "701", "active");
        UUID otherYear = enrollment(school, UUID.randomUUID(), 6, "601", "active");
        enrollment(UUID.randomUUID(), year, 6, "601", "active");

        assertEquals(List.of(sixthA, sixthB, seventh, otherYear), page(new EnrollmentRepository.Filter(null, null, null, null)));
        assertEquals(List.of(sixthA, sixthB, seventh), page(new EnrollmentRepository.Filter(year, null, null, null)));
        assertEquals(List.of(sixthB, seventh, otherYear), page(new EnrollmentRepository.Filter(null, EnrollmentStatus.active, null, null)));
        assertEquals(List.of(sixthA, sixthB, otherYear), page(new EnrollmentRepository.Filter(null, null, 6, null)));
        assertEquals(List.of(sixthA, otherYear), page(new EnrollmentRepository.Filter(null, null, null, "601")));
    }

    @Test
    void aPageAfterACursorStartsWithTheNextId() throws SQLException {
        UUID first = enrollment(school, year, 6, "601", "active");
        UUID second = enrollment(school, year, 6, "601", "active");
        UUID third = enrollment(school, year, 6, "601", "active");

        List<Enrollment> rows = OnVertx.await(() -> transactions.inSchool(school, () -> enrollments.page(school,
                new PageRequest(1, Optional.of(first)), new EnrollmentRepository.Filter(null, null, null, null))));

        assertEquals(List.of(second, third), rows.stream().map(e -> e.id).toList(), "the limit plus one, to know a next page exists");
    }

    private List<UUID> page(EnrollmentRepository.Filter filter) {
        return OnVertx.await(() -> transactions.inSchool(school, () -> enrollments.page(school, PageRequest.of(50, null), filter)))
                .stream().map(e -> e.id).toList();
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
