package co.athena.identity.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** A page of academic-service's teacher assignments, as far as identity-service reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenAssignments(List<Assignment> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assignment(UUID id, UUID courseOfferingId) {
    }
}
