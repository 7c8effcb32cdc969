package co.athena.enrollment.domain;

/**
 * What SIMAT has not been told yet about an enrollment. Written only by the SIMAT sync consumer and
 * by confirming an export; never part of the enrollment's own version.
 */
public enum SimatStatus {
    not_reported("NO_REPORTADO"),
    pending_enrollment("MATRICULADO"),
    pending_change("ACTUALIZACION"),
    pending_withdrawal("RETIRADO"),
    pending_graduation("GRADUADO"),
    synced("SINCRONIZADO");

    private final String anexoLabel;

    SimatStatus(String anexoLabel) {
        this.anexoLabel = anexoLabel;
    }

    /** The ESTADO column of the Anexo 6A file. */
    public String anexoLabel() {
        return anexoLabel;
    }

    public boolean isPending() {
        return name().startsWith("pending_");
    }

    /**
     * The novelty a status change means for SIMAT, or null when SIMAT has nothing to learn (the
     * enrollment was never active: SIMAT only registers enrolled students).
     */
    public static SimatStatus noveltyOf(String fromStatus, String toStatus) {
        if (fromStatus == null) {
            return null;
        }
        EnrollmentStatus from = EnrollmentStatus.valueOf(fromStatus);
        EnrollmentStatus to = EnrollmentStatus.valueOf(toStatus);
        if (to == EnrollmentStatus.active) {
            return from == EnrollmentStatus.active ? pending_change : pending_enrollment;
        }
        if (from != EnrollmentStatus.active) {
            return null;
        }
        return switch (to) {
            case withdrawn -> pending_withdrawal;
            case graduated -> pending_graduation;
            default -> null;
        };
    }
}
