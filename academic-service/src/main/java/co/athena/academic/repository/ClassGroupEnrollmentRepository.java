package co.athena.academic.repository;

import co.athena.academic.domain.ClassGroupEnrollment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class ClassGroupEnrollmentRepository implements PanacheRepositoryBase<ClassGroupEnrollment, UUID> {

    public Uni<ClassGroupEnrollment> openOf(UUID schoolId, UUID enrollmentId) {
        return find("schoolId = ?1 and enrollmentId = ?2 and endsOn is null", schoolId, enrollmentId).firstResult();
    }

    /** The group's students now (open memberships), or everyone who was ever in it, in order of arrival. */
    public Uni<List<ClassGroupEnrollment>> ofGroup(UUID schoolId, UUID classGroupId, boolean withPast) {
        return list("schoolId = ?1 and classGroupId = ?2" + (withPast ? "" : " and endsOn is null") + " order by id",
                schoolId, classGroupId);
    }

    /** The group's students on a date: joined by then, and not gone (a membership ends on its successor's day). */
    public Uni<List<ClassGroupEnrollment>> onDate(UUID schoolId, UUID classGroupId, LocalDate date) {
        return list("schoolId = ?1 and classGroupId = ?2 and startsOn <= ?3 and (endsOn is null or endsOn > ?3) "
                + "order by studentId", schoolId, classGroupId, date);
    }

    /** Whether the student was ever in the group (a recovery may come after they left). */
    public Uni<Boolean> wasIn(UUID schoolId, UUID classGroupId, UUID studentId) {
        return count("schoolId = ?1 and classGroupId = ?2 and studentId = ?3", schoolId, classGroupId, studentId)
                .map(found -> found > 0);
    }

    /** The student's latest group membership among the year's groups (open, or the last one ended), or null. */
    public Uni<ClassGroupEnrollment> latestInYear(UUID schoolId, UUID schoolYearId, UUID studentId) {
        return find("schoolId = ?1 and studentId = ?2 and classGroupId in (select g.id from ClassGroup g "
                + "where g.schoolId = ?1 and g.schoolYearId = ?3) order by id desc", schoolId, studentId, schoolYearId)
                .firstResult();
    }

    /** Who was in one of the year's groups at some time between the dates (a membership ends on its successor's day). */
    public Uni<List<ClassGroupEnrollment>> inPeriod(UUID schoolId, UUID schoolYearId, LocalDate from, LocalDate to) {
        return list("schoolId = ?1 and startsOn <= ?3 and (endsOn is null or endsOn > ?2) and classGroupId in "
                + "(select g.id from ClassGroup g where g.schoolId = ?1 and g.schoolYearId = ?4) order by id",
                schoolId, from, to, schoolYearId);
    }
}
