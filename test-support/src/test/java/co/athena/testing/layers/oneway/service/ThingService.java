package co.athena.testing.layers.oneway.service;

import co.athena.testing.layers.oneway.domain.Thing;

public class ThingService {

    public Thing get() {
        return new Thing("x");
    }
}
