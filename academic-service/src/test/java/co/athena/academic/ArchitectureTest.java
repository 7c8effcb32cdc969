package co.athena.academic;

import co.athena.testing.OneWayLayers;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void importsPointOneWay() {
        OneWayLayers.check("co.athena.academic");
    }
}
