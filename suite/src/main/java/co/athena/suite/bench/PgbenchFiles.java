package co.athena.suite.bench;

import co.athena.enrollment.repository.EnrollmentMoves;
import co.athena.enrollment.repository.EnrollmentReads;
import co.athena.identity.repository.GrantReads;
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
 * database role, tenant set the same way; the enrollment list, the transition and the exchange take the services' own
 * statement constants, so they cannot drift. The transition's commits, as the service does (a rollback skips the
 * WAL flush a commit waits for: it ran twice as fast here), so the run moves its school's enrollments on and the
 * relay publishes its events.
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
        // the school whose page the API lists (the first), not the movers' one: the same rows, the same history
        Files.writeString(work.resolve("list.sql"), "begin;\n" + tenant(school)
                + EnrollmentReads.COLUMNS + " where school_id = '" + school + "' order by id limit 51;\ncommit;\n");
        // each client moves its own enrollments in turn, as each API request moves another one (a row two clients
        // shared would make one wait for the other's lock); they are read once, in the client's first transaction
        // (bench/run gives n, a client's transactions so far, from 0, and clients, how many run)
        int size = enrollments.size();
        String enrollment = "(cast(string_to_array(:targets, ',') as uuid[]))[:i]";
        // the service's own statements: the read (its version kept by \gset), then the history append with the
        // version check and the event's outbox row in one statement, with an event as large as the real one
        Files.writeString(work.resolve("transition.sql"), "\\set n :n + 1\n\\set own greatest(1, " + size + " / :clients)\n"
                + "\\set i 1 + :n % :own\nbegin;\n" + tenant(moverSchool)
                + "\\if :n = 1\n\\set first (:client_id * :own) % " + size + "\n"
                + "select string_agg(cast(id as text), ',') as targets from (select id from enrollments where school_id = '"
                + moverSchool + "' order by id offset :first limit :own) own \\gset\n\\endif\n"
                + bind(EnrollmentMoves.FIND, "'" + moverSchool + "'", enrollment) + " \\gset\n"
                + bind(OutboxSql.appendAfter(EnrollmentMoves.MOVE, 6), "'" + moverSchool + "'", enrollment,
                "'in_review'", "'[{\"status\": \"in_review\", \"changed_at\": \"2026-12-01T10:00:00Z\", "
                        + "\"changed_by\": \"" + user + "\", \"reason\": null}]'", "now()", ":version",
                "gen_random_uuid()", "'athena.enrollments.status-changed.v1'", "'" + enrollments.get(0) + "'",
                "'co.athena.enrollment.status-changed.v1'", "'enrollments/" + enrollments.get(0) + "'", "'" + EVENT + "'", "now()",
                "null") + ";\ncommit;\n");
        Files.writeString(work.resolve("exchange.sql"), "begin;\n" + tenant(school)
                + bind(GrantReads.GRANT_IN, "'" + user + "'", "'" + school + "'") + ";\ncommit;\n");
    }

    private static void search(Path file, UUID school) throws IOException {
        String words = BenchData.SEARCH_WORDS.stream().map(w -> "'" + w + "'").collect(Collectors.joining(","));
        String word = "(array[" + words + "])[:w]";
        Files.writeString(file, "\\set w random(1, " + BenchData.SEARCH_WORDS.size() + ")\n"
                + "begin;\n" + tenant(school) + StudentReads.WALK_IN_ID_ORDER + ";\n"
                + searchScript(school, word, "", "", ":ids") + "commit;\n");
    }

    /**
     * The search's plan as the service's role runs it, RLS on, for the report: one of the bench's words, and a name
     * no student has. auto_explain (loaded by the administrator before it becomes student_app) shows what
     * students_named's own statement did, as a notice (stderr); the pages' plans are the EXPLAINs' output (stdout).
     * Each word's part begins with the same marker on both.
     */
    private static void explainSearch(Path file, UUID school) throws IOException {
        StringBuilder sql = new StringBuilder("load 'auto_explain';\nset auto_explain.log_min_duration = 0;\n"
                + "set auto_explain.log_nested_statements = on;\nset auto_explain.log_analyze = on;\n"
                + "set auto_explain.log_buffers = on;\nset auto_explain.log_timing = on;\n"
                + "set auto_explain.log_level = notice;\nset role student_app;\nset search_path = student;\n"
                + "begin;\n").append(tenant(school)).append(StudentReads.WALK_IN_ID_ORDER).append(";\n");
        String explain = "explain (analyze, buffers, costs off) ";
        for (String word : List.of(BenchData.SEARCH_WORDS.get(0), "xiomara")) {
            sql.append("\\echo -- word\n\\warn -- word\n").append(searchScript(school, "'" + word + "'",
                    "\\echo -- the next " + StudentReads.WINDOW + " students\n" + explain,
                    "\\echo -- they did not fill the page: the students named, or walking on\n" + explain, ":'ids'"));
        }
        Files.writeString(file, sql.append("commit;\n").toString());
    }

    /**
     * A search's statements after the walk's settings, branching as the service does: the page among the school's
     * next students, with whether the school has more; when that page is not full and the school has more, what
     * students_named finds for the word, and the page of the students it named or (when it found too many) walking
     * the school. A page's statement is preceded by {@code window} or {@code page} (pgbench: nothing; the report:
     * its EXPLAIN); {@code ids} is how the client names the ids kept (pgbench binds {@code :ids}, psql quotes
     * {@code :'ids'}). students_named's answer is read once ({@code offset 0}): flattened, each column naming it
     * would call it again.
     */
    private static String searchScript(UUID school, String word, String window, String page, String ids) {
        String first = searchSql(school, word, null, true);
        return (window.isEmpty() ? "" : window + first + ";\n")
                + "select (count(id) < 51 and bool_or(beyond))::int as more from (" + first + ") page \\gset\n"
                + "\\if :more\n"
                + "select coalesce(ids, '{}') as ids, (ids is null)::int as walk from ("
                + bind(StudentReads.NAMED, "array[" + word + "]", "upper(" + word + ")") + " offset 0) named \\gset\n"
                + "\\if :walk\n" + page + searchSql(school, word, null, false) + ";\n\\else\n"
                + page + searchSql(school, word, "cast(" + ids + " as uuid[])", false) + ";\n"
                + "\\endif\n\\endif\n";
    }

    /**
     * The statement the service sends for a one-word search of a first page ({@link StudentReads#search}), its
     * parameters bound to SQL: {@code word} for the word, its upper case for the document number's prefix, and
     * {@code named} for the students named (null: the walk's statement); {@code window}: among the next students only.
     */
    private static String searchSql(UUID school, String word, String named, boolean window) {
        String marker = "bench-word";
        UUID[] ids = named == null ? null : new UUID[0];
        PageRequest first = PageRequest.of(50, null);
        KeysetQuery query = StudentReads.search(school, List.of(marker), marker.toUpperCase(), ids, null, null, null);
        KeysetQuery.Sql search = window ? StudentReads.inWindow(query, school, first) : query.sql(StudentReads.COLUMNS, first);
        return bind(search.text(), search.values().stream().map(value -> value == ids ? named
                : value.equals(marker) ? word
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
