package co.athena.enrollment.domain;

import java.util.List;
import java.util.Map;

/**
 * pending_documents → in_review → active → graduated | withdrawn; in_review → pending_documents (a
 * document rejected); pending_documents | in_review → withdrawn; withdrawn → pending_documents (a
 * re-admission in the same year, reintegro: the enrollment's year and student stay, so it is the same
 * enrollment). graduated and withdrawn close an enrollment. The constants are the JSON and column values.
 */
public enum EnrollmentStatus {
    pending_documents, in_review, active, graduated, withdrawn;

    private static final Map<EnrollmentStatus, List<EnrollmentStatus>> NEXT = Map.of(
            pending_documents, List.of(in_review, withdrawn),
            in_review, List.of(active, pending_documents, withdrawn),
            active, List.of(graduated, withdrawn),
            graduated, List.of(),
            withdrawn, List.of(pending_documents));

    public List<EnrollmentStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(EnrollmentStatus target) {
        return allowedNext().contains(target);
    }

    /** Nothing in a closed enrollment changes but its status (a withdrawn one may be re-admitted). */
    public boolean isClosed() {
        return this == graduated || this == withdrawn;
    }

    public boolean isReadmission(EnrollmentStatus target) {
        return this == withdrawn && target == pending_documents;
    }
}
