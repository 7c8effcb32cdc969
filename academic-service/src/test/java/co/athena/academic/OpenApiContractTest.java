package co.athena.academic;

import co.athena.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest extends OpenApiContract {
}
