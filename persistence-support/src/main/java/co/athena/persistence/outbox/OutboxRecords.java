package co.athena.persistence.outbox;

import co.athena.shared.events.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/** An outbox row as consumers read it: the JSON payload under its key, CloudEvents in binary mode (headers). */
final class OutboxRecords {

    private final String source;

    OutboxRecords(String source) {
        this.source = source;
    }

    ProducerRecord<String, byte[]> of(OutboxRow row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, row.eventId().toString());
        header(record, CloudEventHeaders.TYPE, row.type());
        header(record, CloudEventHeaders.SOURCE, source);
        if (row.subject() != null) {
            header(record, CloudEventHeaders.SUBJECT, row.subject());
        }
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(row.occurredAt().toInstant()));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
