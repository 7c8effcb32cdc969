package co.athena.student.domain;

/** How a guardian is related to a student; the database's CHECK lists the same (a test holds them equal). */
public enum Relationship {
    madre, padre, abuela, abuelo, tia, tio, hermana, hermano, tutor, otro
}
