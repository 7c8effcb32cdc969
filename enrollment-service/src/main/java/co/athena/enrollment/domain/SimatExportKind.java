package co.athena.enrollment.domain;

/**
 * What a SIMAT export holds: the Anexo 6A of students to register (enrollments SIMAT never heard of from
 * Athena), or the worklist of every other pending novelty. The constants are the JSON and column values.
 */
public enum SimatExportKind {
    anexo_6a, novelties
}
