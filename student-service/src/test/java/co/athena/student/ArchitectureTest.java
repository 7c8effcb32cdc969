package co.athena.student;

import co.athena.testing.OneWayLayers;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void importsPointOneWay() {
        OneWayLayers.check("co.athena.student");
    }
}
