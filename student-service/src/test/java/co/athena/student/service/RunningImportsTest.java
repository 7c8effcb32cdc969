package co.athena.student.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunningImportsTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final RunningImports running = new RunningImports(metrics);

    @Test
    void aSchoolRunsOneImportAtATimeAndOthersAreNotHeldUp() {
        UUID school = UUID.randomUUID();
        assertTrue(running.start(school));
        assertFalse(running.start(school), "a second import of the same school waits");
        assertTrue(running.start(UUID.randomUUID()), "another school is not held up");
        assertEquals(2.0, metrics.get("athena.imports.running").gauge().value(), "operators see both");
        running.end(school);
        assertTrue(running.start(school), "once ended, the school may import again");
    }
}
