package co.athena.persistence.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxRecordsTest {

    @Test
    void aRowBecomesItsPayloadUnderItsKeyWithCloudEventsHeaders() {
        UUID eventId = UUID.fromString("0190a1b2-0000-7000-8000-000000000042");
        OutboxRow row = new OutboxRow(7, eventId, "athena.students.lifecycle.v1", "student-1",
                "co.athena.student.lifecycle.v1", "student-1", "{\"a\":1}",
                OffsetDateTime.parse("2026-11-30T10:15:30.123-05:00"), null);

        ProducerRecord<String, byte[]> record = new OutboxRecords("/athena/student-service").of(row);

        assertEquals("athena.students.lifecycle.v1", record.topic());
        assertEquals("student-1", record.key());
        assertEquals("{\"a\":1}", new String(record.value(), StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        assertEquals(Map.of("ce_specversion", "1.0", "ce_id", eventId.toString(), "ce_type", "co.athena.student.lifecycle.v1",
                "ce_source", "/athena/student-service", "ce_subject", "student-1", "ce_time", "2026-11-30T15:15:30.123Z",
                "content-type", "application/json"), headers);
    }
}
