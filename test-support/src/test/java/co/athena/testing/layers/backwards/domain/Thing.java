package co.athena.testing.layers.backwards.domain;

public record Thing(String name) {
}
