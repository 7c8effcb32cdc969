package co.athena.enrollment.domain;

import java.util.List;
import java.util.Map;

/**
 * pending_documents → in_review → active → graduated | withdrawn; in_review → pending_documents (a
 * document rejected); pending_documents | in_review → withdrawn. graduated and withdrawn are final.
 * The constants are the JSON and column values.
 */
public enum EnrollmentStatus {
    pending_documents, in_review, active, graduated, withdrawn;

    private static final Map<EnrollmentStatus, List<EnrollmentStatus>> NEXT = Map.of(
            pending_documents, List.of(in_review, withdrawn),
            in_review, List.of(active, pending_documents, withdrawn),
            active, List.of(graduated, withdrawn),
            graduated, List.of(),
            withdrawn, List.of());

    public List<EnrollmentStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(EnrollmentStatus target) {
        return allowedNext().contains(target);
    }

    public boolean isFinal() {
        return allowedNext().isEmpty();
    }
}
