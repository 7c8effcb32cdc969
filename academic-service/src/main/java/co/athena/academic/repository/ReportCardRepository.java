package co.athena.academic.repository;

import co.athena.academic.domain.ReportCard;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class ReportCardRepository implements PanacheRepositoryBase<ReportCard, UUID> {

    public Uni<ReportCard> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    /** The period's cards as they stand (one per student: the latest version). */
    public Uni<List<ReportCard>> currentOfPeriod(UUID schoolId, UUID periodId) {
        return list("schoolId = ?1 and periodId = ?2 and supersededBy is null order by classGroupId, studentId",
                schoolId, periodId);
    }

    /** A group's cards of a period as they stand. */
    public Uni<List<ReportCard>> currentOfGroup(UUID schoolId, UUID periodId, UUID classGroupId) {
        return list("schoolId = ?1 and periodId = ?2 and classGroupId = ?3 and supersededBy is null order by studentId",
                schoolId, periodId, classGroupId);
    }

    /** Every version of a student's cards in a school year, by period then version. */
    public Uni<List<ReportCard>> ofStudent(UUID schoolId, UUID schoolYearId, UUID studentId) {
        return list("schoolId = ?1 and schoolYearId = ?2 and studentId = ?3 order by periodNumber, version",
                schoolId, schoolYearId, studentId);
    }

    /** These students' cards of the period as they stand. */
    public Uni<List<ReportCard>> currentOfStudents(UUID schoolId, UUID periodId, Collection<UUID> studentIds) {
        return list("schoolId = ?1 and periodId = ?2 and supersededBy is null and studentId in ?3", schoolId, periodId,
                studentIds);
    }
}
