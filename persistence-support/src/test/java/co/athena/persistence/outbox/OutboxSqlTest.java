package co.athena.persistence.outbox;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxSqlTest {

    @Test
    void theEventsParametersFollowTheWritesAndItsRowDependsOnTheWrite() {
        assertEquals("with written as (update t set a = $1 where b = $2 returning 1) insert into outbox (event_id, "
                        + "topic, message_key, event_type, subject, payload, occurred_at, trace_context) select $3, $4, $5, $6, "
                        + "$7, cast(cast($8 as text) as jsonb), $9, cast(cast($10 as text) as jsonb) from written",
                OutboxSql.appendAfter("update t set a = $1 where b = $2", 2));
    }
}
