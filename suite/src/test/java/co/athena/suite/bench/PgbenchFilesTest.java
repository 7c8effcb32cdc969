package co.athena.suite.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgbenchFilesTest {

    @TempDir
    Path work;

    @Test
    void aParameterIsBoundByItsWholeNumber() {
        String[] values = IntStream.rangeClosed(1, 12).mapToObj(n -> "v" + n).toArray(String[]::new);
        assertEquals("a = v1 and b = v10 and c = v12", PgbenchFiles.bind("a = $1 and b = $10 and c = $12", values));
    }

    /** Each twin sends the service's own statements, every parameter bound (no {@code $n} left). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            transition.sql | \\gset                                                   | the read keeps the version it found
            transition.sql | version = :version                                      | the write checks the version read
            transition.sql | insert into outbox                                      | the event is written with the change
            transition.sql | status_history = status_history ||                      | the history is appended in SQL
            transition.sql | order by id offset :first limit :own                    | each client moves enrollments of its own
            search.sql     | search_name like (select '%' || search_normalize((array[ | the word, normalized once per search
            search.sql     | document_number like upper((array[                      | or the document number's start
            search.sql     | piar_data is not null as has_piar                       | the service's columns
            search.sql     | order by id limit 51;                                   | a first page and one more row
            exchange.sql   | select * from access_grant('                            | the grant, with the user's access lock
            """)
    void eachTwinSendsTheServicesStatements(String file, String fragment, String why) throws Exception {
        String script = twin(file);

        assertFalse(Pattern.compile("\\$\\d").matcher(script).find(), script);
        assertTrue(script.contains(fragment), why + ": " + script);
    }

    @Test
    void theTransitionTwinCommitsAsTheServiceDoes() throws Exception {
        assertTrue(twin("transition.sql").strip().endsWith("commit;"), "a rollback would skip the commit's WAL flush");
    }

    @Test
    void theListTwinReadsTheSchoolWhosePageTheApiLists() throws Exception {
        UUID listed = UUID.randomUUID();
        UUID movers = UUID.randomUUID();
        List<UUID> ids = List.of(UUID.randomUUID());
        PgbenchFiles.write(work, listed, UUID.randomUUID(), ids, movers, ids, UUID.randomUUID());

        String list = Files.readString(work.resolve("list.sql"));
        assertTrue(list.contains("school_id = '" + listed + "'"), list);
        assertFalse(list.contains(movers.toString()), "the movers' rows carry a longer history: " + list);
    }

    /** One of the scripts bench/run writes. */
    private String twin(String file) throws Exception {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        PgbenchFiles.write(work, UUID.randomUUID(), UUID.randomUUID(), ids, UUID.randomUUID(), ids, UUID.randomUUID());
        return Files.readString(work.resolve(file));
    }
}
