package co.athena.documents;

import co.athena.testing.AthenaTestInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Declares the shared infrastructure and the sibling fakes once for every test of this module. */
@WithTestResource(value = AthenaTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SiblingFakes.class, scope = TestResourceScope.GLOBAL)
public final class DocumentsTestInfrastructure {

    private DocumentsTestInfrastructure() {
    }
}
