package co.athena.academic.service;

import java.util.UUID;

/** What a publication did: how many cards it published, in how many groups (0 and 0 when all were published). */
public record Publication(UUID periodId, int published, int groups) {
}
