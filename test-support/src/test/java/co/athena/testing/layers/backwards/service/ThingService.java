package co.athena.testing.layers.backwards.service;

import co.athena.testing.layers.backwards.domain.Thing;
import co.athena.testing.layers.backwards.rest.ThingResponse;

/** The shape the rules refuse: a service that knows the wire. */
public class ThingService {

    public ThingResponse get() {
        return new ThingResponse(new Thing("x").name());
    }
}
