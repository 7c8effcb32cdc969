package co.athena.documents.domain;

/** pending until staff validate it; deleted when its object was removed (student anonymized). */
public enum DocumentStatus {
    pending, approved, rejected, deleted
}
