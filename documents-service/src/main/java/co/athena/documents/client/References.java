package co.athena.documents.client;

import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import co.athena.shared.rest.Siblings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.UUID;

/** What documents asks its siblings, on the caller's behalf and before any transaction opens. */
@ApplicationScoped
public class References {

    private final EnrollmentClient enrollments;
    private final TenancyClient tenancy;
    private final StudentClient students;

    public References(@RestClient EnrollmentClient enrollments, @RestClient TenancyClient tenancy,
                      @RestClient StudentClient students) {
        this.enrollments = enrollments;
        this.tenancy = tenancy;
        this.students = students;
    }

    /** The enrollment in the caller's school; one of another school is as absent as one that never was (404). */
    public Uni<EnrollmentClient.EnrollmentView> enrollment(String bearer, UUID id) {
        return enrollments.enrollment(bearer, id)
                .onFailure(Siblings.NOT_FOUND).transform(f -> Problems.notFound("enrollment", id))
                .onFailure(f -> !(f instanceof ProblemException))
                .transform(f -> Siblings.translate("enrollment-service", f));
    }

    public Uni<TenancyClient.SettingsView> settings(String bearer) {
        return tenancy.settings(bearer).map(s -> s.requiredDocuments() == null
                        ? new TenancyClient.SettingsView(List.of(), s.habeasDataVersion()) : s)
                .onFailure().transform(f -> Siblings.translate("tenancy-service", f));
    }

    public Uni<List<StudentClient.GuardianView>> guardians(String bearer, UUID studentId) {
        return students.guardians(bearer, studentId)
                .onFailure(Siblings.NOT_FOUND).recoverWithItem(List.of())
                .onFailure().transform(f -> Siblings.translate("student-service", f));
    }
}
