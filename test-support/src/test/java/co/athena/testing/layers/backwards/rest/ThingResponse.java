package co.athena.testing.layers.backwards.rest;

public record ThingResponse(String name) {
}
