package co.athena.enrollment.domain;

/**
 * Why a student's line cannot go to SIMAT as it is: the file's column, the Athena field to fix (student.… in
 * student-service, enrollment.… here, simat_settings.… in the school's settings) and what is wrong.
 */
public record SimatProblem(String column, String field, String message) {
}
