package co.athena.documents.repository;

import co.athena.testing.RowLevelSecurityCatalog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DocumentsRowLevelSecurityTest {

    @Test
    void everyDocumentsTableSitsBehindRowLevelSecurity() throws Exception {
        assertTrue(RowLevelSecurityCatalog.tenantTables().containsAll(List.of("documents.enrollment_documents",
                "documents.consent_acceptances", "documents.checklist_states")));
        assertEquals(List.of(), RowLevelSecurityCatalog.unprotectedTenantTables());
        assertEquals(List.of(), RowLevelSecurityCatalog.privilegedServiceRoles());
    }
}
