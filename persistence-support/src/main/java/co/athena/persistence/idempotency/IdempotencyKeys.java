package co.athena.persistence.idempotency;

import co.athena.persistence.TenantReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored keys of one service, per school: claiming one for a request (the primary key lets exactly
 * one of concurrent duplicates through), recording its answer, or letting it go when the server failed.
 * Hand-written: no Quarkus library keeps idempotency keys in the request's own database under RLS.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** How long a key answers with its first response (the draft suggests at least 24 hours). */
    static final Duration LIFETIME = Duration.ofHours(24);
    /**
     * A claim with no answer after this long was abandoned (its instance died mid-request; the
     * transaction it ran rolled back): the next retry takes it over instead of hearing 409 for a day.
     */
    static final Duration ABANDONED = Duration.ofMinutes(1);

    private final TenantReads sql;

    public IdempotencyKeys(TenantReads sql) {
        this.sql = sql;
    }

    /** A stored answer. */
    public record Answer(int status, String contentType, Map<String, Object> headers, byte[] body) {
    }

    /** Claimed (go ahead), or what the key holds: another request's hash, an answer, or a request still running. */
    public record Claim(boolean claimed, String requestHash, Optional<Answer> answer) {
    }

    public Uni<Claim> claim(UUID school, String key, String requestHash) {
        return sql.inSchool(school, connection -> connection.preparedQuery("""
                        delete from idempotency_keys where school_id = $1
                          and ((idempotency_key = $3 and status is null and created_at < now() - make_interval(secs => $4))
                            or (created_at < now() - make_interval(secs => $2)
                                and (idempotency_key = $3 or ctid in (select ctid from idempotency_keys where school_id = $1
                                     and created_at < now() - make_interval(secs => $2) limit 100))))""")
                .execute(Tuple.of(school, (double) LIFETIME.toSeconds(), key, (double) ABANDONED.toSeconds()))
                .chain(() -> connection.preparedQuery("""
                        insert into idempotency_keys (school_id, idempotency_key, request_hash) values ($1, $2, $3)
                        on conflict do nothing""").execute(Tuple.of(school, key, requestHash)))
                .chain(inserted -> inserted.rowCount() == 1 ? Uni.createFrom().item(new Claim(true, requestHash, Optional.empty()))
                        : connection.preparedQuery("""
                                select request_hash, status, content_type, headers, body from idempotency_keys
                                where school_id = $1 and idempotency_key = $2""").execute(Tuple.of(school, key))
                        .map(rows -> existing(rows.iterator().next()))));
    }

    public Uni<Void> record(UUID school, String key, Answer answer) {
        return sql.inSchool(school, connection -> connection.preparedQuery("""
                        update idempotency_keys set status = $3, content_type = $4, headers = $5, body = $6
                        where school_id = $1 and idempotency_key = $2""")
                .execute(Tuple.from(new Object[] {school, key, answer.status(), answer.contentType(),
                        new JsonObject(answer.headers()), Buffer.buffer(answer.body())}))
                .replaceWithVoid());
    }

    /** The first request failed on the server's side: the key is free for the retry to do it. */
    public Uni<Void> release(UUID school, String key) {
        return sql.inSchool(school, connection -> connection.preparedQuery(
                        "delete from idempotency_keys where school_id = $1 and idempotency_key = $2 and status is null")
                .execute(Tuple.of(school, key)).replaceWithVoid());
    }

    /**
     * Stored answers that mention a data subject (e.g. the student's own creation), deleted when the
     * subject is anonymized: in the caller's transaction, so it goes with the anonymization.
     */
    public Uni<Integer> forgetAnswersAbout(UUID school, UUID subject) {
        return Panache.getSession().chain(session -> session.createNativeMutationQuery("""
                        delete from idempotency_keys where school_id = ?1 and body is not null
                          and strpos(convert_from(body, 'UTF8'), ?2) > 0""")
                .setParameter(1, school).setParameter(2, subject.toString()).executeUpdate());
    }

    private static Claim existing(Row row) {
        Integer status = row.getInteger("status");
        Optional<Answer> answer = status == null ? Optional.empty() : Optional.of(new Answer(status,
                row.getString("content_type"), row.getJsonObject("headers").getMap(),
                row.getBuffer("body") == null ? new byte[0] : row.getBuffer("body").getBytes()));
        return new Claim(false, row.getString("request_hash"), answer);
    }
}
