package co.athena.academic.repository;

import co.athena.academic.domain.AcademicSettings;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class AcademicSettingsRepository implements PanacheRepositoryBase<AcademicSettings, UUID> {

    /** The school's settings as stored, or null when it never set them. */
    public Uni<AcademicSettings> stored(UUID schoolId) {
        return findById(schoolId);
    }

    /** The school's settings, the defaults when it never set them. */
    public Uni<AcademicSettings> ofSchool(UUID schoolId) {
        return findById(schoolId).map(found -> found != null ? found : AcademicSettings.defaults(schoolId));
    }
}
