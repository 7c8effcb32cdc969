package co.athena.suite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The pgbench scripts of bench/run: per scenario, the SQL the service sends for one request (read from
 * its SQL log), as its database role, tenant set the same way. The transition's ends in a rollback, so
 * the run changes nothing and puts no event in the outbox.
 */
final class PgbenchFiles {

    private static final int IDS = 20;

    private PgbenchFiles() {
    }

    static void write(Path work, UUID school, List<UUID> students, UUID moverSchool, List<UUID> enrollments,
                      UUID user) throws IOException {
        String words = BenchData.SEARCH_WORDS.stream().map(w -> "'" + w + "'").collect(Collectors.joining(","));
        Files.writeString(work.resolve("search.sql"), "\\set w random(1, " + BenchData.SEARCH_WORDS.size() + ")\n"
                + "begin;\n" + tenant(school)
                + "select id, document_type, document_number, first_name, second_name, first_surname, second_surname, "
                + "full_name, birth_date, gender, is_active, version from students where school_id = '" + school + "'"
                + " and ((search_name like '%' || search_normalize((array[" + words + "])[:w]) || '%')"
                + " or document_number like upper((array[" + words + "])[:w]) || '%') order by id limit 51;\n"
                + "commit;\n");
        Files.writeString(work.resolve("get.sql"), "\\set i random(1, " + Math.min(IDS, students.size()) + ")\n"
                + "begin;\n" + tenant(school) + "select * from students where school_id = '" + school + "' and id = (array["
                + ids(students) + "]::uuid[])[:i];\ncommit;\n");
        Files.writeString(work.resolve("list.sql"), "begin;\n" + tenant(moverSchool)
                + "select * from enrollments where school_id = '" + moverSchool + "' order by id "
                + "offset 0 rows fetch first 51 rows only;\ncommit;\n");
        Files.writeString(work.resolve("transition.sql"), "\\set i random(1, " + Math.min(IDS, enrollments.size())
                + ")\nbegin;\n" + tenant(moverSchool)
                + "select * from enrollments where school_id = '" + moverSchool + "' and id = (array["
                + ids(enrollments) + "]::uuid[])[:i];\n"
                + "update enrollments set status = 'in_review', status_history = status_history || "
                + "'[{\"from\":\"pending_documents\",\"to\":\"in_review\",\"by\":\"bench\"}]'::jsonb, updated_at = now(), "
                + "version = version + 1 where id = (array[" + ids(enrollments) + "]::uuid[])[:i];\n"
                + "insert into outbox (event_id, topic, message_key, event_type, subject, payload, occurred_at) values "
                + "(gen_random_uuid(), 'athena.enrollments.status-changed.v1', 'k', 'EnrollmentStatusChanged', null, "
                + "'{\"to_status\":\"in_review\"}', now());\nrollback;\n");
        Files.writeString(work.resolve("exchange.sql"), "begin;\n" + tenant(school)
                + "select u.is_active, u.is_superadmin, u.email, s.is_active, m.is_active, m.roles from users u "
                + "left join schools s on s.id = '" + school + "' left join school_memberships m on m.user_id = u.id "
                + "and m.school_id = '" + school + "' where u.id = '" + user + "';\ncommit;\n");
    }

    /** The tenant for this transaction, as the services set it. */
    private static String tenant(UUID school) {
        return "select set_config('app.school_id', '" + school + "', true);\n";
    }

    private static String ids(List<UUID> ids) {
        return ids.stream().limit(IDS).map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }
}
