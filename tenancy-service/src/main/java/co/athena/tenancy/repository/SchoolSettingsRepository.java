package co.athena.tenancy.repository;

import co.athena.tenancy.domain.SchoolSettings;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class SchoolSettingsRepository implements PanacheRepositoryBase<SchoolSettings, UUID> {
}
