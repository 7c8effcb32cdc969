package co.athena.documents.rest;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The guardian who accepted the consent; staff record it on the guardian's behalf. */
public record AcceptanceRequest(@NotNull UUID guardianId) {
}
