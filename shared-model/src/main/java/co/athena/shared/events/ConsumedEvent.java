package co.athena.shared.events;

/** A contract some service consumes: it says itself which of its fields no consumer can do without. */
public interface ConsumedEvent {

    /** False for a record that lacks one of them: it goes to the dead-letter topic, never half-applied. */
    boolean hasRequiredFields();
}
