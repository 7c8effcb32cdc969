package co.athena.student;

import co.athena.testing.AthenaTestInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Declares the shared infrastructure once for every test of this module. */
@WithTestResource(value = AthenaTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
public final class StudentTestInfrastructure {

    private StudentTestInfrastructure() {
    }
}
