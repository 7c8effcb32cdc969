package co.athena.shared.events;

import java.util.UUID;

/** An event about one school: applied once per consumer ({@code event_id}), in that school's transaction. */
public interface SchoolEvent extends ConsumedEvent {

    UUID eventId();

    UUID schoolId();
}
