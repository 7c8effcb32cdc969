package co.athena.identity.rest;

import java.util.UUID;

/** The school to act in; absent only for a superadmin's platform token. */
public record ExchangeRequest(UUID schoolId) {
}
