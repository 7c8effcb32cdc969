package co.athena.academic.domain;

/**
 * What the year means for a student's next one (Decreto 1290, art. 6 and 11: the school's promotion criteria, the
 * comisión de evaluación y promoción decides): the next grade, the same grade, or not yet (a recovery pending).
 */
public enum PromotionOutcome {
    promoted, not_promoted, pending_recovery
}
