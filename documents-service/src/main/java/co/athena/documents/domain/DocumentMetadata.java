package co.athena.documents.domain;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What the service learnt from the file's bytes. A record, not a map: Hibernate compares JSON values
 * after a round trip, and a map's long size came back an int, so every flush looked like a change.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DocumentMetadata(long sizeBytes, String contentType, String sha256) {
}
