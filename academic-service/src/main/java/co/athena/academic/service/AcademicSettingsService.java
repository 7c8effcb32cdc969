package co.athena.academic.service;

import co.athena.academic.domain.AcademicSettings;
import co.athena.academic.repository.AcademicSettingsRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The school's academic settings: the defaults until the school sets its own. */
@ApplicationScoped
public class AcademicSettingsService {

    private final AcademicSettingsRepository settings;
    private final TenantContext tenant;

    public AcademicSettingsService(AcademicSettingsRepository settings, TenantContext tenant) {
        this.settings = settings;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<AcademicSettings> get() {
        return settings.ofSchool(tenant.requireSchoolId());
    }

    /** Replaces the settings; If-Match guards against lost updates (the defaults are version 0). */
    @TenantTransactional
    public Uni<AcademicSettings> replace(SettingsRequest request, ExpectedVersion expected) {
        return settings.stored(tenant.requireSchoolId()).chain(stored -> {
            AcademicSettings current = stored != null ? stored : AcademicSettings.defaults(tenant.requireSchoolId());
            expected.check(current.version, "academic settings");
            BigDecimal threshold = request.absenceThresholdPercent().setScale(2, RoundingMode.UNNECESSARY);
            if (current.absenceThresholdPercent.equals(threshold) && stored != null) {
                return Uni.createFrom().item(current);
            }
            current.absenceThresholdPercent = threshold;
            current.updatedAt = UtcClock.now();
            if (stored == null) {
                current.createdAt = current.updatedAt;
                return settings.persist(current).chain(settings::flush).replaceWith(current);
            }
            return settings.flush().replaceWith(current);
        });
    }
}
