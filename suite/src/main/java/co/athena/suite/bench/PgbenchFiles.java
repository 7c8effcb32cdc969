package co.athena.suite.bench;

import co.athena.enrollment.repository.EnrollmentMoves;
import co.athena.enrollment.repository.EnrollmentReads;
import co.athena.persistence.outbox.OutboxSql;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import co.athena.student.repository.StudentReads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pgbench scripts of bench/run: per scenario, the SQL the service sends for one request, as its
 * database role, tenant set the same way; the enrollment list and transition take the services' own
 * statement constants, so they cannot drift. The transition's ends in a rollback, so the run changes
 * nothing and leaves no event in the outbox.
 */
final class PgbenchFiles {

    private static final int IDS = 20;

    private PgbenchFiles() {
    }

    static void write(Path work, UUID school, UUID district, List<UUID> students, UUID moverSchool, List<UUID> enrollments,
                      UUID user) throws IOException {
        search(work.resolve("search.sql"), school);
        search(work.resolve("search_district.sql"), district);
        explainSearch(work.resolve("search_district.explain.sql"), district);
        Files.writeString(work.resolve("get.sql"), "\\set i random(1, " + Math.min(IDS, students.size()) + ")\n"
                + "begin;\n" + tenant(school) + "select * from students where school_id = '" + school + "' and id = (array["
                + ids(students) + "]::uuid[])[:i];\ncommit;\n");
        Files.writeString(work.resolve("list.sql"), "begin;\n" + tenant(moverSchool)
                + EnrollmentReads.COLUMNS + " where school_id = '" + moverSchool + "' order by id limit 51;\ncommit;\n");
        String enrollment = "(array[" + ids(enrollments) + "]::uuid[])[:i]";
        // the service's own statements: the read (its version kept by \gset), then the history append with the
        // version check and the event's outbox row in one statement, with an event as large as the real one
        Files.writeString(work.resolve("transition.sql"), "\\set i random(1, " + Math.min(IDS, enrollments.size())
                + ")\nbegin;\n" + tenant(moverSchool)
                + bind(EnrollmentMoves.FIND, "'" + moverSchool + "'", enrollment) + " \\gset\n"
                + bind(OutboxSql.appendAfter(EnrollmentMoves.MOVE, 6), "'" + moverSchool + "'", enrollment,
                "'in_review'", "'[{\"status\": \"in_review\", \"changed_at\": \"2026-12-01T10:00:00Z\", "
                        + "\"changed_by\": \"" + user + "\", \"reason\": null}]'", "now()", ":version",
                "gen_random_uuid()", "'athena.enrollments.status-changed.v1'", "'" + enrollments.get(0) + "'",
                "'co.athena.enrollment.status-changed.v1'", "'enrollments/" + enrollments.get(0) + "'", "'" + EVENT + "'", "now()",
                "null") + ";\nrollback;\n");
        Files.writeString(work.resolve("exchange.sql"), "begin;\n" + tenant(school)
                + "select u.is_active, u.is_superadmin, u.email, s.is_active, m.is_active, m.roles from users u "
                + "left join schools s on s.id = '" + school + "' left join school_memberships m on m.user_id = u.id "
                + "and m.school_id = '" + school + "' where u.id = '" + user + "';\ncommit;\n");
    }

    private static void search(Path file, UUID school) throws IOException {
        String words = BenchData.SEARCH_WORDS.stream().map(w -> "'" + w + "'").collect(Collectors.joining(","));
        String word = "(array[" + words + "])[:w]";
        Files.writeString(file, "\\set w random(1, " + BenchData.SEARCH_WORDS.size() + ")\n"
                + "begin;\n" + tenant(school) + StudentReads.WALK_IN_ID_ORDER + ";\n" + searchSql(school, word)
                + ";\ncommit;\n");
    }

    /**
     * The search's plan as the service's role runs it, RLS on, for the report: one of the bench's words, and a name
     * no student has (the worst case: nothing ends the walk early).
     */
    private static void explainSearch(Path file, UUID school) throws IOException {
        StringBuilder sql = new StringBuilder("begin;\n").append(tenant(school))
                .append(StudentReads.WALK_IN_ID_ORDER).append(";\n");
        for (String word : List.of(BenchData.SEARCH_WORDS.get(0), "xiomara")) {
            sql.append("explain (analyze, buffers, costs off) ").append(searchSql(school, "'" + word + "'")).append(";\n");
        }
        Files.writeString(file, sql.append("commit;\n").toString());
    }

    /**
     * The statement the service sends for a one-word search of a first page ({@link StudentReads#search}), its
     * parameters bound to SQL: {@code word} for the word, its upper case for the document number's prefix.
     */
    private static String searchSql(UUID school, String word) {
        String marker = "bench-word";
        KeysetQuery.Sql search = StudentReads.search(school, List.of(marker), marker.toUpperCase(), null, null, null)
                .sql(StudentReads.COLUMNS, PageRequest.of(50, null));
        return bind(search.text(), search.values().stream().map(value -> value.equals(marker) ? word
                : value.equals(marker.toUpperCase()) ? "upper(" + word + ")"
                : value instanceof Number ? value.toString() : "'" + value + "'").toArray(String[]::new));
    }

    /** A status-changed event's payload as the service writes it (every field, real sizes). */
    private static final String EVENT = "{\"event_id\": \"0193a000-0000-7000-8000-000000000001\", "
            + "\"school_id\": \"0193a000-0000-7000-8000-000000000002\", "
            + "\"enrollment_id\": \"0193a000-0000-7000-8000-000000000003\", "
            + "\"student_id\": \"0193a000-0000-7000-8000-000000000004\", "
            + "\"school_year_id\": \"0193a000-0000-7000-8000-000000000005\", \"grade_level\": 6, "
            + "\"group_code\": \"601\", \"shift\": \"MANANA\", \"from_status\": \"pending_documents\", "
            + "\"to_status\": \"in_review\", \"reason\": null, \"changed_by\": \"0193a000-0000-7000-8000-000000000006\", "
            + "\"changed_at\": \"2026-12-01T10:00:00Z\", \"enrollment_version\": 1, \"reason_code\": \"staff_decision\"}";
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    /** The statement with its {@code $n} parameters replaced by these SQL expressions, in order. */
    static String bind(String sql, String... values) {
        return PARAMETER.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(values[Integer.parseInt(m.group(1)) - 1]));
    }

    /** The tenant for this transaction, as the services set it. */
    private static String tenant(UUID school) {
        return "select set_config('app.school_id', '" + school + "', true);\n";
    }

    private static String ids(List<UUID> ids) {
        return ids.stream().limit(IDS).map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }
}
