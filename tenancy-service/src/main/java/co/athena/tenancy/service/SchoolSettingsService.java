package co.athena.tenancy.service;

import co.athena.persistence.TenantTransactional;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import co.athena.tenancy.domain.School;
import co.athena.tenancy.domain.SchoolSettings;
import co.athena.tenancy.repository.SchoolRepository;
import co.athena.tenancy.repository.SchoolSettingsRepository;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The caller's own school (from the token) and its settings. */
@ApplicationScoped
public class SchoolSettingsService {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final MergePatches patches;
    private final SchoolRepository schools;
    private final SchoolSettingsRepository settings;
    private final TenantContext tenant;
    private final ObjectMapper stored;

    public SchoolSettingsService(MergePatches patches, SchoolRepository schools, SchoolSettingsRepository settings,
                                 TenantContext tenant, ObjectMapper mapper) {
        this.patches = patches;
        this.schools = schools;
        this.settings = settings;
        this.tenant = tenant;
        // stored settings may hold fields a newer version wrote: reading them must not fail
        this.stored = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @TenantTransactional
    public Uni<School> currentSchool() {
        return schools.findById(tenant.requireSchoolId())
                .onItem().ifNull().failWith(() -> Problems.notFound("school", tenant.requireSchoolId()))
                ;
    }

    @TenantTransactional
    public Uni<SettingsResponse> get() {
        return find().map(this::response);
    }

    /** A merge patch: sections merge field by field; a changed habeas data text gets a new version. */
    @TenantTransactional
    public Uni<SettingsResponse> update(MergePatch<SettingsPatch> patch, ExpectedVersion expected) {
        return find().chain(row -> {
            expected.check(row.version, "school settings");
            SettingsPatch current = editable(row);
            SettingsPatch changed = patches.apply(patch, current);
            String repeated = changed.simatSettings() == null ? null : changed.simatSettings().repeatedSede();
            if (repeated != null) {
                throw Problems.badRequest("simat_settings.sedes", "CONS_SEDE " + repeated + " is given twice");
            }
            if (changed.equals(current)) {
                return Uni.createFrom().item(response(row));
            }
            row.simatSettings = stored(changed.simatSettings());
            row.brandingSettings = stored(changed.brandingSettings());
            row.securitySettings = stored(changed.securitySettings());
            if (!Objects.equals(changed.habeasDataText(), row.habeasDataText)) {
                row.habeasDataText = changed.habeasDataText();
                row.habeasDataVersion++;
            }
            row.peiSummary = changed.peiSummary();
            row.requiredDocuments = new LinkedHashSet<>(changed.requiredDocuments()).toArray(String[]::new);
            row.updatedAt = UtcClock.now();
            return settings.flush().map(ignored -> response(row));
        });
    }

    /** The settings as a merge patch sees them: sections as stored, without the defaults a reader gets. */
    private SettingsPatch editable(SchoolSettings row) {
        return new SettingsPatch(stored.convertValue(row.simatSettings, SimatSettings.class),
                stored.convertValue(row.brandingSettings, BrandingSettings.class),
                stored.convertValue(row.securitySettings, SecuritySettings.class),
                row.habeasDataText, row.peiSummary, List.of(row.requiredDocuments));
    }

    private Uni<SchoolSettings> find() {
        return settings.findById(tenant.requireSchoolId())
                .onItem().ifNull().failWith(() -> Problems.notFound("settings of school", tenant.requireSchoolId()));
    }

    private SettingsResponse response(SchoolSettings row) {
        return new SettingsResponse(row.schoolId,
                stored.convertValue(row.simatSettings, SimatSettings.class).withDefaults(),
                stored.convertValue(row.brandingSettings, BrandingSettings.class),
                stored.convertValue(row.securitySettings, SecuritySettings.class),
                row.habeasDataText, row.habeasDataVersion, row.peiSummary, List.of(row.requiredDocuments), row.updatedAt,
                row.version);
    }

    /** A settings section as its JSON column holds it (unset fields left out); SchoolService's defaults too. */
    Map<String, Object> stored(Object section) {
        return section == null ? Map.of() : stored.convertValue(section, JSON_OBJECT);
    }
}
