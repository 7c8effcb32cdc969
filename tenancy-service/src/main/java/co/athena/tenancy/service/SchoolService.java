package co.athena.tenancy.service;

import co.athena.persistence.TenantTransactions;
import co.athena.shared.events.SchoolLifecycleEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.Problems;
import co.athena.shared.version.ExpectedVersion;
import co.athena.tenancy.domain.Nit;
import co.athena.tenancy.domain.School;
import co.athena.tenancy.domain.SchoolSettings;
import co.athena.tenancy.events.SchoolEvents;
import co.athena.tenancy.repository.SchoolRepository;
import co.athena.tenancy.repository.SchoolSettingsRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Schools as platform data: created, changed and deactivated by the superadmin. */
@ApplicationScoped
public class SchoolService {

    private final MergePatches patches;
    private final SchoolRepository schools;
    private final SchoolSettingsRepository settings;
    private final SchoolSettingsService settingsSections;
    private final SchoolEvents events;
    private final TenantTransactions transactions;

    public SchoolService(MergePatches patches, SchoolRepository schools, SchoolSettingsRepository settings,
                         SchoolSettingsService settingsSections, SchoolEvents events, TenantTransactions transactions) {
        this.patches = patches;
        this.schools = schools;
        this.settings = settings;
        this.settingsSections = settingsSections;
        this.events = events;
        this.transactions = transactions;
    }

    /** Creates the school and its settings row; the settings row is tenant data, so the transaction is the new school's. */
    public Uni<School> create(SchoolRequest request) {
        School school = new School();
        school.id = UuidV7.next();
        school.name = request.name().trim();
        school.nit = request.nit() == null ? null : nit(request.nit());
        school.daneCode = request.daneCode();
        school.address = request.address();
        school.city = request.city();
        school.department = request.department();
        school.phone = request.phone();
        school.email = request.email();
        school.createdAt = UtcClock.now();
        school.updatedAt = school.createdAt;
        SchoolSettings defaults = new SchoolSettings();
        defaults.schoolId = school.id;
        defaults.updatedAt = school.createdAt;
        // the DANE code given with the school starts its SIMAT settings (staff need not type it twice)
        defaults.simatSettings = settingsSections.stored(new SimatSettings(request.daneCode(), null, null, null, null,
                null, null, null, null));
        return transactions.inSchool(school.id, () -> schools.persist(school)
                .chain(() -> settings.persist(defaults))
                .chain(schools::flush)
                .chain(() -> events.changed(school, SchoolLifecycleEvent.CREATED))
                .replaceWith(() -> school));
    }

    public Uni<Page<School>> list(PageRequest page, Boolean active) {
        return transactions.onPlatform(() -> schools.page(page, active)
                .map(rows -> Page.of(rows, page, s -> s.id)));
    }

    public Uni<School> get(UUID id) {
        return transactions.onPlatform(() -> find(id));
    }

    public Uni<School> update(UUID id, MergePatch<SchoolPatch> patch, ExpectedVersion expected) {
        return transactions.onPlatform(() -> find(id).chain(school -> {
            expected.check(school.version, "school " + id);
            SchoolPatch current = SchoolPatch.of(school);
            SchoolPatch changed = patches.apply(patch, current);
            school.name = changed.name().trim();
            school.nit = changed.nit() == null ? null : nit(changed.nit());
            school.daneCode = changed.daneCode();
            school.address = changed.address();
            school.city = changed.city();
            school.department = changed.department();
            school.phone = changed.phone();
            school.email = changed.email();
            if (SchoolPatch.of(school).equals(current)) {
                return Uni.createFrom().item(school);
            }
            return saved(school, SchoolLifecycleEvent.UPDATED);
        }));
    }

    /** Soft: the school stays for the record, marked inactive; deactivating twice changes nothing. */
    public Uni<School> deactivate(UUID id, ExpectedVersion expected) {
        return transactions.onPlatform(() -> find(id).chain(school -> {
            expected.check(school.version, "school " + id);
            if (!school.active) {
                return Uni.createFrom().item(school);
            }
            school.active = false;
            return saved(school, SchoolLifecycleEvent.DEACTIVATED);
        }));
    }

    private Uni<School> saved(School school, String change) {
        school.updatedAt = UtcClock.now();
        return schools.flush()
                .chain(() -> events.changed(school, change))
                .replaceWith(() -> school);
    }

    Uni<School> find(UUID id) {
        return schools.findById(id).onItem().ifNull().failWith(() -> Problems.notFound("school", id));
    }

    private static String nit(String raw) {
        return Nit.normalize(raw).orElseThrow(() -> Problems.badRequest("nit",
                "is not a valid NIT: digits and the DIAN check digit, e.g. 800197268-4"));
    }
}
