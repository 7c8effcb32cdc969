package co.athena.testing.layers.oneway.domain;

public record Thing(String name) {
}
