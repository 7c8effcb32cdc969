package co.athena.student.domain;

/** A guardian as seen from one student: the person and the link between them. */
public record LinkedGuardian(Guardian guardian, StudentGuardian link) {
}
