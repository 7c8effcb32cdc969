package co.athena.academic.domain;

/**
 * Superación: the activities a student who did not reach a course's achievements takes to reach them (Decreto 1290,
 * art. 11: the school's SIEE defines them); nivelación: bringing up a student who joined from elsewhere.
 */
public enum RecoveryKind {
    superacion, nivelacion
}
