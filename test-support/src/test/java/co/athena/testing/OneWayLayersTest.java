package co.athena.testing;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules every service runs, tried on two small fixtures: one shaped right, one backwards. */
class OneWayLayersTest {

    /** The fixtures are test classes, which a service's own check leaves out. */
    private static void check(String root) {
        OneWayLayers.check(root, new ClassFileImporter().importPackages(root));
    }

    @Test
    void aServiceThatImportsARestRecordFailsTheBuild() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> check("co.athena.testing.layers.backwards"));
        assertTrue(failure.getMessage().contains("ThingService") && failure.getMessage().contains("ThingResponse"),
                failure.getMessage());
    }

    @Test
    void restToServiceToDomainPasses() {
        assertDoesNotThrow(() -> check("co.athena.testing.layers.oneway"));
    }
}
