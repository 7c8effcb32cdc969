package co.athena.student.domain;

/** The identity documents a guardian may be recorded with: an adult's or a teenager's (no RC or NUIP). */
public enum GuardianDocumentType {
    CC, CE, PA, PEP, PPT, TI, NES;

    /** The same document as a student's, with its number format. */
    public IdentityDocumentType identity() {
        return IdentityDocumentType.valueOf(name());
    }
}
