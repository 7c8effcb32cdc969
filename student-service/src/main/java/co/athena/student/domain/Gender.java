package co.athena.student.domain;

/** Sex as SIMAT records it (Anexo 6A: F or M). */
public enum Gender {
    F, M
}
