package co.athena.identity;

import co.athena.testing.AthenaTestInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Declares the shared infrastructure and the academic-service fake once for every test of this module. */
@WithTestResource(value = AthenaTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = AcademicFake.class, scope = TestResourceScope.GLOBAL)
public final class IdentityTestInfrastructure {

    private IdentityTestInfrastructure() {
    }
}
