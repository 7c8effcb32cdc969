package co.athena.documents.repository;

/** An object key a row names, and whether the row still expects the object to exist. */
public record StoredKey(String objectKey, boolean expected) {
}
