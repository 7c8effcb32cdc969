package co.athena.suite.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theTransitionTwinSendsTheServicesStatementsWithEveryParameterBound() throws Exception {
        String transition = twin("transition.sql");

        assertTrue(transition.contains("\\gset"), "the read keeps the version it found");
        assertTrue(transition.contains("version = :version"), "the write checks the version read");
        assertTrue(transition.contains("insert into outbox"), "the event is written with the change");
        assertTrue(transition.contains("status_history = status_history ||"), "the history is appended in SQL");
        assertTrue(transition.strip().endsWith("rollback;"), "the run changes nothing");
    }

    @Test
    void theSearchTwinSendsTheServicesStatementWithEveryParameterBound() throws Exception {
        String search = twin("search.sql");

        assertTrue(search.contains("search_name like (select '%' || search_normalize((array["), "the word, once per search");
        assertTrue(search.contains("document_number like upper((array["), "or the document number's start");
        assertTrue(search.contains("piar_data is not null as has_piar"), "the service's columns");
        assertTrue(search.contains("order by id limit 51;"), "a first page and one more row");
    }

    /** One of the scripts bench/run writes, checked to leave no statement parameter unbound. */
    private String twin(String file) throws Exception {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        PgbenchFiles.write(work, UUID.randomUUID(), UUID.randomUUID(), ids, UUID.randomUUID(), ids, UUID.randomUUID());
        String script = Files.readString(work.resolve(file));
        assertFalse(Pattern.compile("\\$\\d").matcher(script).find(), script);
        return script;
    }
}
