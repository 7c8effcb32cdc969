package co.athena.persistence.outbox;

import io.opentelemetry.api.trace.Span;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Publishes unsent rows in id order, pipelined: up to {@link #PIPELINE_DEPTH} batches are handed to the
 * producer before waiting, so while Kafka acknowledges one the next is read and sent (the idempotent
 * producer keeps them in order per partition). Then each batch's acknowledged prefix is marked sent; a
 * row Kafka did not take fails the round, and the next round starts again from the first unmarked row
 * (at least once, never lost). Rows of one aggregate keep their order: a transaction writes its outbox
 * row after locking the aggregate's row, so a later change of it always gets a higher id and commits
 * after it. One publisher per producer: a producer that failed is dropped with it.
 */
final class OutboxPublisher {

    static final int PIPELINE_DEPTH = 3;

    private final Producer<String, byte[]> producer;
    private final OutboxRecords records;
    private final OutboxTracing tracing;
    private final UnsentRows rows;
    private final int batchSize;
    private final Duration sendTimeout;
    private final IntConsumer published;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private long cursor;

    OutboxPublisher(Producer<String, byte[]> producer, OutboxRecords records, OutboxTracing tracing, UnsentRows rows,
                    int batchSize, Duration sendTimeout, IntConsumer published) {
        this.producer = producer;
        this.records = records;
        this.tracing = tracing;
        this.rows = rows;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.published = published;
    }

    /** Rows handed to the producer, waiting for Kafka's acknowledgement. */
    private record InFlight(List<OutboxRow> rows, List<Future<RecordMetadata>> sends) {
    }

    /**
     * One round: reads the next batch after the cursor and hands it over; waits for every batch in
     * flight when there was nothing new, a send was refused, or the pipeline is full.
     *
     * @return how many rows the read found, so the caller knows whether to wait for a NOTIFY
     */
    int round() throws Exception {
        List<OutboxRow> batch = rows.after(cursor, batchSize);
        boolean refused = false;
        if (!batch.isEmpty()) {
            List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
            for (OutboxRow row : batch) {
                Future<RecordMetadata> send = send(row);
                sends.add(send);
                // refused before it was even queued (no metadata while Kafka is away): nothing after it may
                // go out first, or a later change of the same aggregate would overtake it
                if (refused = failed(send)) {
                    break;
                }
            }
            List<OutboxRow> handed = batch.subList(0, sends.size());
            inFlight.addLast(new InFlight(handed, sends));
            cursor = handed.get(handed.size() - 1).id();
        }
        if (batch.isEmpty() || refused || inFlight.size() >= PIPELINE_DEPTH) {
            while (!inFlight.isEmpty()) {
                awaitOldest(inFlight.removeFirst());
            }
            // from the start again: a transaction that took a lower id but committed later is found now
            cursor = 0;
        }
        return batch.size();
    }

    boolean idle() {
        return inFlight.isEmpty();
    }

    private Future<RecordMetadata> send(OutboxRow row) {
        ProducerRecord<String, byte[]> record = records.of(row);
        Span span = tracing.publishing(row, record.headers());
        try {
            return producer.send(record, (metadata, failure) -> OutboxTracing.ended(span, failure));
        } catch (KafkaException refusedAtOnce) {
            OutboxTracing.ended(span, refusedAtOnce);
            return CompletableFuture.failedFuture(refusedAtOnce);
        }
    }

    private static boolean failed(Future<RecordMetadata> send) {
        if (!send.isDone()) {
            return false;
        }
        try {
            send.get();
            return false;
        } catch (ExecutionException | CancellationException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void awaitOldest(InFlight batch) throws Exception {
        List<Long> acknowledged = new ArrayList<>(batch.rows().size());
        Exception failure = null;
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (int i = 0; i < batch.sends().size(); i++) {
            try {
                batch.sends().get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.rows().get(i).id());
            } catch (Exception e) {
                failure = e;
                break;
            }
        }
        rows.markSent(acknowledged);
        published.accept(acknowledged.size());
        if (failure != null) {
            throw new IllegalStateException("Kafka did not acknowledge event "
                    + batch.rows().get(acknowledged.size()).eventId(), failure);
        }
    }
}
