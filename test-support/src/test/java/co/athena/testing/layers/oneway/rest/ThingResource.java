package co.athena.testing.layers.oneway.rest;

import co.athena.testing.layers.oneway.service.ThingService;

/** The shape the rules hold: the resource asks the service and maps to the wire. */
public class ThingResource {

    private final ThingService things = new ThingService();

    public ThingResponse get() {
        return new ThingResponse(things.get().name());
    }

    public record ThingResponse(String name) {
    }
}
