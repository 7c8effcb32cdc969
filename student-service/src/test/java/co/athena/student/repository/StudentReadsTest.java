package co.athena.student.repository;

import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.PageRequest;
import co.athena.student.domain.StudentSummary;
import co.athena.student.domain.StudentView;
import co.athena.testing.OnVertx;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL student search, on the real database: the school filter, the keyset pages, what a search matches, its plan. */
@QuarkusTest
class StudentReadsTest {

    @Inject
    StudentReads reads;

    private final UUID school = UUID.randomUUID();

    @Test
    void aSchoolSeesOnlyItsOwnStudentsEvenWithTheSameName() throws SQLException {
        UUID ours = student(school, "1001", "Ana", "Gómez", 2012);
        student(UUID.randomUUID(), "1002", "Ana", "Gómez", 2012);

        assertEquals(List.of(ours), ids(find(List.of("ana"), "ANA", null, PageRequest.of(50, null))));
    }

    @Test
    void pagesFollowEachOtherInIdOrderWithoutGapsOrRepeats() throws SQLException {
        List<UUID> all = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            all.add(student(school, "200" + n, "Luis", "Pérez", 2012));
        }
        List<UUID> seen = new ArrayList<>();
        Optional<UUID> after = Optional.empty();
        do {
            List<StudentSummary> rows = find(List.of(), null, null, new PageRequest(2, after));
            List<StudentSummary> page = rows.subList(0, Math.min(2, rows.size()));
            seen.addAll(ids(page));
            after = rows.size() > 2 ? Optional.of(page.get(1).id()) : Optional.empty();
        } while (after.isPresent());

        assertEquals(all, seen);
    }

    @Test
    void everyWordMustMatchAccentsAndCaseAsideOrTheQueryStartsTheDocumentNumber() throws SQLException {
        UUID sofia = student(school, "3000111", "Sofía", "Muñoz", 2012);
        student(school, "3000222", "Sofía", "Rojas", 2012);
        UUID other = student(school, "4000333", "Pedro", "Muñoz", 2013);

        assertEquals(List.of(sofia), ids(find(List.of("SOFIA", "munoz"), "SOFIAMUNOZ", null, PageRequest.of(50, null))));
        assertEquals(List.of(other), ids(find(List.of("4000"), "4000", null, PageRequest.of(50, null))));
        assertEquals(List.of(other), ids(find(List.of(), null, 2013, PageRequest.of(50, null))));
    }

    /**
     * The pool keeps its statements prepared, so PostgreSQL may run a search on a generic plan: each word is still
     * normalized once per search (an InitPlan), not again for every row read.
     */
    @Test
    void aGenericPlanNormalizesEachWordOncePerSearchNotForEveryRow() throws SQLException {
        KeysetQuery.Sql search = StudentReads.search(school, List.of("sofia", "munoz"), "SOFIA MUNOZ", null, null, null, null)
                .sql(StudentReads.COLUMNS, PageRequest.of(50, null));
        String values = search.values().stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
        List<String> plan = new ArrayList<>();
        try (Connection connection = TestDatabase.asRole("student_app"); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select set_config('app.school_id', '" + school + "', true)");
            statement.execute("set local plan_cache_mode = force_generic_plan");
            statement.execute("prepare search as " + search.text());
            try (ResultSet rows = statement.executeQuery("explain execute search(" + values + ")")) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
            connection.rollback();
        }

        assertTrue(plan.stream().anyMatch(line -> line.contains("InitPlan")), String.join("\n", plan));
        assertTrue(plan.stream().noneMatch(line -> line.contains("Filter") && line.contains("search_normalize")),
                String.join("\n", plan));
    }

    /**
     * Past the school's first students, the words are looked up in the names' trigram index (as auto_explain shows
     * from inside students_named), even with the walk's settings on and no statistics taken since the school came.
     */
    @Test
    void aNameFewStudentsHaveBeyondTheFirstThousandIsFoundThroughTheTrigramIndex() throws SQLException {
        studentsNamed(school, 1, 5_000, "Ana", "Gómez");
        UUID xiomara = student(school, "6000555", "Xiomara", "Quintero", 2012);

        List<String> plan = new ArrayList<>();
        try (Connection admin = TestDatabase.asAdmin(); Statement statement = admin.createStatement()) {
            admin.setAutoCommit(false);
            for (String setting : List.of("load 'auto_explain'", "set auto_explain.log_min_duration = 0",
                    "set auto_explain.log_nested_statements = on", "set auto_explain.log_level = notice",
                    "set role student_app", "set search_path = student",
                    "select set_config('app.school_id', '" + school + "', true)", StudentReads.WALK_IN_ID_ORDER,
                    "prepare named as " + StudentReads.NAMED)) {
                statement.execute(setting);
            }
            try (ResultSet rows = statement.executeQuery("execute named(array['quintero'], 'QUINTERO')")) {
                rows.next();
                assertEquals(List.of(xiomara), List.of((UUID[]) rows.getArray("ids").getArray()));
            }
            for (var notice = statement.getWarnings(); notice != null; notice = notice.getNextWarning()) {
                plan.add(notice.getMessage());
            }
            admin.rollback();
        }

        assertTrue(plan.stream().anyMatch(line -> line.contains("Bitmap Index Scan on student_names_search")),
                String.join("\n", plan));
        assertEquals(List.of(xiomara), ids(find(List.of("xiomara", "QUINTERO"), "XIOMARAQUINTERO", null,
                PageRequest.of(50, null))));
    }

    /** A school no larger than the window is answered by the search's first statement, even when nothing matches. */
    @ParameterizedTest
    @CsvSource({"10, false", "1001, true"})
    void theFirstStatementTellsWhetherTheSchoolGoesOnPastTheWindow(int students, boolean beyond) throws SQLException {
        studentsNamed(school, 1, students, "Ana", "Gómez");
        KeysetQuery.Sql first = StudentReads.inWindow(
                StudentReads.search(school, List.of("xiomara"), "XIOMARA", null, null, null, null), school,
                PageRequest.of(50, null));

        List<Boolean> answer = new ArrayList<>();
        try (Connection connection = TestDatabase.asRole("student_app")) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("select set_config('app.school_id', '" + school + "', true)");
            try (var statement = connection.prepareStatement(first.text().replaceAll("\\$\\d+", "?"))) {
                Matcher parameter = Pattern.compile("\\$(\\d+)").matcher(first.text());
                for (int i = 1; parameter.find(); i++) {
                    statement.setObject(i, first.values().get(Integer.parseInt(parameter.group(1)) - 1));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        assertNull(rows.getObject("id"));
                        answer.add(rows.getBoolean("beyond"));
                    }
                }
            }
            connection.rollback();
        }

        assertEquals(List.of(beyond), answer);
    }

    @Test
    void aCommonNameFillsItsPageAmongTheSchoolsNextStudents() throws SQLException {
        studentsNamed(school, 1, 600, "Ana", "Gómez");

        List<StudentSummary> page = find(List.of("gomez"), "GOMEZ", null, PageRequest.of(50, null));

        assertEquals(51, page.size());
        assertTrue(page.stream().allMatch(row -> row.fullName().equals("Ana Gómez")));
    }

    @Test
    void aNameTooManyShareToNameButNotAmongTheNextStudentsIsFoundByWalkingOn() throws SQLException {
        studentsNamed(school, 1, StudentReads.WINDOW, "Ana", "Rojas");
        studentsNamed(school, StudentReads.WINDOW + 1, 501, "Ana", "Gómez");

        assertNull(named(school, "gomez"));
        List<StudentSummary> page = find(List.of("gomez"), "GOMEZ", null, PageRequest.of(50, null));
        assertEquals(51, page.size());
        assertTrue(page.stream().allMatch(row -> row.fullName().equals("Ana Gómez")));
    }

    /** A pattern with no trigram would read every school's index entries: such words are not looked up at all. */
    @ParameterizedTest
    @ValueSource(strings = {"...", "a_b_c", "%%%", "ab"})
    void wordsWithoutThreeLettersInARowAreNotLookedUpInTheIndex(String word) throws SQLException {
        student(school, "9000111", "Ana", "Mejía", 2012);

        assertNull(named(school, word));
    }

    @Test
    void aSearchOfWildcardsIsAnsweredFromTheWalk() throws SQLException {
        UUID ana = student(school, "9000222", "Ana", "Mejía", 2012);

        assertEquals(List.of(ana), ids(find(List.of("%%%"), "%%%", null, PageRequest.of(50, null))));
        assertEquals(List.of(), ids(find(List.of("..."), "...", null, PageRequest.of(50, null))));
    }

    @Test
    void theNamesFollowEveryWriteToAStudent() throws SQLException {
        UUID id = student(school, "7000666", "Luz", "Vélez", 2011);
        assertEquals(List.of(id), List.of(named(school, "velez")));

        TestDatabase.update("update student.students set full_name = 'Luz Rojas' where id = ?", id);
        assertEquals(List.of(), List.of(named(school, "velez")));
        assertEquals(List.of(id), List.of(named(school, "rojas")));

        TestDatabase.update("delete from student.students where id = ?", id);
        assertEquals(List.of(), List.of(named(school, "rojas")));
    }

    @Test
    void studentsNamedNamesOnlyTheTransactionsSchoolsStudents() throws SQLException {
        UUID ours = student(school, "8000777", "Ana", "Restrepo", 2012);
        UUID elsewhere = UUID.randomUUID();
        UUID theirs = student(elsewhere, "8000888", "Ana", "Restrepo", 2012);

        assertEquals(List.of(ours), List.of(named(school, "restrepo")));
        assertEquals(List.of(theirs), List.of(named(elsewhere, "restrepo")));
    }

    @Test
    void theSensitiveDataComeOnlyWhenTheCallerMaySeeThem() throws SQLException {
        UUID id = student(school, "5000444", "Luz", "Vélez", 2011);
        TestDatabase.update("update student.students set sensitive_data = '{\"ethnic_group\": \"97\"}', "
                + "characterization = '{\"estrato\": \"2\"}' where id = ?", id);

        StudentView without = OnVertx.await(() -> reads.withoutPiar(school, id, false));
        StudentView with = OnVertx.await(() -> reads.withoutPiar(school, id, true));

        assertNull(without.sensitiveData());
        assertEquals("2", without.characterization().estrato());
        assertEquals("97", with.sensitiveData().ethnicGroup());
    }

    private List<StudentSummary> find(List<String> words, String documentPrefix, Integer birthYear, PageRequest page) {
        return OnVertx.await(() -> reads.find(school, words, documentPrefix, null, birthYear, null, false, page));
    }

    /** What students_named answers for one word, as student-service's role asks it in this school. */
    private static UUID[] named(UUID school, String word) throws SQLException {
        try (Connection connection = TestDatabase.asRole("student_app"); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select set_config('app.school_id', '" + school + "', true)");
            try (ResultSet rows = statement.executeQuery("select students_named(array['" + word + "'], '"
                    + word.toUpperCase() + "')")) {
                rows.next();
                java.sql.Array ids = rows.getArray(1);
                connection.rollback();
                return ids == null ? null : (UUID[]) ids.getArray();
            }
        }
    }

    /**
     * {@code count} students of this school with the same name, numbered from {@code from} in id order, before any
     * student {@link #student} adds.
     */
    private static void studentsNamed(UUID school, int from, int count, String first, String surname)
            throws SQLException {
        TestDatabase.update("""
                insert into student.students (id, school_id, document_type, document_number, first_name, first_surname,
                  full_name, birth_date, gender)
                select ('0000' || substr(?::text, 5, 20) || lpad(n::text, 12, '0'))::uuid, ?, 'TI', 'N' || lpad(n::text, 6, '0'), ?, ?, ?,
                  '2012-05-01', 'F'
                from generate_series(?::int, ?::int) n""", school.toString(), school, first, surname, first + " " + surname,
                from, from + count - 1);
    }

    private static List<UUID> ids(List<StudentSummary> rows) {
        return rows.stream().map(StudentSummary::id).toList();
    }

    private static UUID student(UUID school, String document, String first, String surname, int birthYear)
            throws SQLException {
        UUID id = UuidV7.next();
        TestDatabase.update("""
                insert into student.students (id, school_id, document_type, document_number, first_name, first_surname,
                  full_name, birth_date, gender) values (?, ?, 'TI', ?, ?, ?, ?, ?, 'F')""",
                id, school, document + String.format("%06d", Math.abs(id.hashCode()) % 1_000_000), first, surname,
                first + " " + surname, LocalDate.of(birthYear, 5, 1));
        return id;
    }
}
