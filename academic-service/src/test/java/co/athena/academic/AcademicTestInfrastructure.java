package co.athena.academic;

import co.athena.testing.AthenaTestInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Declares the shared infrastructure and the sibling fakes (tenancy, students) once for every test of this module. */
@WithTestResource(value = AthenaTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TenancyFake.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StudentDirectoryFake.class, scope = TestResourceScope.GLOBAL)
public final class AcademicTestInfrastructure {

    private AcademicTestInfrastructure() {
    }
}
