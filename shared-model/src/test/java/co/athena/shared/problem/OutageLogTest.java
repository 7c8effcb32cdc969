package co.athena.shared.problem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An outage's 503 is logged once, naming the dependency; a caller's mistake is not an operator's log line. */
class OutageLogTest {

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(ProblemMappers.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            unavailable          | 1
            not found            | 0
            too many requests    | 0
            """)
    void onlyA503IsLogged(String answer, int lines) {
        ProblemException problem = switch (answer) {
            case "unavailable" -> Problems.unavailable("student-service");
            case "not found" -> Problems.notFound("student", "7");
            default -> Problems.tooManyRequests("slow down", 5);
        };

        ProblemMappers.respond(problem);

        assertEquals(lines, logged.size(), logged.toString());
        logged.forEach(record -> {
            assertEquals(Level.WARNING, record.getLevel());
            assertTrue(formatted(record).startsWith("answered 503: student-service is not available"),
                    formatted(record));
        });
    }

    private static String formatted(LogRecord record) {
        return new java.util.logging.SimpleFormatter().formatMessage(record);
    }
}
