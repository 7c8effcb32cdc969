package co.athena.persistence.jobs;

import co.athena.persistence.TenantReads;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.CallerPermissions;
import co.athena.shared.tenant.TenantContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Long work as a job its caller polls ({@code GET /api/v1/jobs/{id}}, {@link JobResource}). Hand-written: the work
 * is the service's own operation, which only has to report its progress. The job's row is written on the pool in
 * small transactions of its own ({@link TenantReads}), so a poller sees progress while the work's transaction is
 * open. While it runs, its instance touches the row every {@link #HEARTBEAT}; a job whose instance stopped mid-way
 * (its work's transaction rolled back with it) reads as failed once silent for {@link #SILENT_MINUTES}.
 */
@ApplicationScoped
public class Jobs {

    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final int SILENT_MINUTES = 2;
    private static final Logger LOG = Logger.getLogger(Jobs.class);
    private static final TypeReference<List<FieldError>> ERRORS = new TypeReference<>() {
    };
    private static final String SELECT = """
            select kind, permission, status, processed, total, errors::text, result::text, result_url, started_at,
                   finished_at, status = 'running' and updated_at < now() - make_interval(mins => $2) as silent
            from jobs where id = $1""";

    private final TenantContext tenant;
    private final CallerPermissions caller;
    private final TenantReads rows;
    private final ObjectMapper mapper;

    public Jobs(TenantContext tenant, CallerPermissions caller, TenantReads rows, ObjectMapper mapper) {
        this.tenant = tenant;
        this.caller = caller;
        this.rows = rows;
        this.mapper = mapper;
    }

    /**
     * Whether to answer with a job: the caller sent {@code Prefer: respond-async} (RFC 7240; what a front end with a
     * progress bar sends), or the work is large enough to outlast a patient client. Anything else answers when done.
     */
    public static boolean wanted(String prefer, boolean large) {
        return large || (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async"));
    }

    /**
     * Starts {@code work} as a job of the caller's school and answers 202 with it at once ({@code Location} to poll).
     * The work is assembled here, while the request lives (it reads the caller's school and token now), and runs on
     * a context of its own, to its end whatever the client does. {@code resultUrl} names what it made, or null.
     *
     * @param permission what a caller needs to read the job: the permission that started it
     */
    public <R> Uni<Response> start(String kind, String permission, Function<JobProgress, Uni<R>> work,
                                   Function<R, String> resultUrl) {
        UUID school = tenant.requireSchoolId();
        UUID id = UuidV7.next();
        Uni<R> running = work.apply(new RowProgress(school, id));
        return rows.inSchool(school, sql -> sql
                        .preparedQuery("delete from jobs where school_id = $1 and started_at < now() - interval '30 days'")
                        .execute(Tuple.of(school))
                        .chain(() -> sql.preparedQuery("insert into jobs (id, school_id, kind, permission, status, "
                                        + "started_by) values ($1, $2, $3, $4, 'running', $5) returning started_at")
                                .execute(Tuple.of(id, school, kind, permission, tenant.actor()))))
                .map(inserted -> {
                    detach(school, id, running.chain(result -> succeeded(school, id, result, resultUrl.apply(result)))
                            .onFailure().recoverWithUni(failure -> failed(school, id, kind, failure)));
                    JobView job = new JobView(id, kind, JobStatus.running, 0, null, List.of(), null, null,
                            inserted.iterator().next().getOffsetDateTime(0), null);
                    // JSON whatever the operation's own answer is (a SIMAT export's is a CSV file)
                    return Response.accepted(job).type(MediaType.APPLICATION_JSON_TYPE)
                            .location(URI.create("/api/v1/jobs/" + id)).build();
                });
    }

    /** The caller's school's job, if the caller holds the permission that started it; 404 otherwise, as for none. */
    public Uni<JobView> get(UUID id) {
        return rows.inSchool(tenant.requireSchoolId(), sql -> sql.preparedQuery(SELECT)
                        .execute(Tuple.of(id, SILENT_MINUTES)))
                .map(found -> {
                    if (found.size() == 0 || !caller.has(found.iterator().next().getString("permission"))) {
                        throw Problems.notFound("job", id);
                    }
                    return view(id, found.iterator().next());
                });
    }

    /**
     * Subscribes on a duplicated context of its own: the request's context keeps its Hibernate Reactive session and
     * ends with the request. The caller's trace goes along, so the job's spans stay in the request's trace.
     */
    private void detach(UUID school, UUID id, Uni<Void> work) {
        Context request = Vertx.currentContext();
        if (request == null) {
            work.subscribe().with(ignored -> { }, failure -> LOG.error("a job's bookkeeping failed", failure));
            return;
        }
        io.opentelemetry.context.Context trace = io.opentelemetry.context.Context.current();
        Vertx vertx = request.owner();
        VertxContext.createNewDuplicatedContext(request).runOnContext(ignored -> {
            // left current on purpose: this context exists for this job only and goes with it
            trace.makeCurrent();
            long heartbeat = vertx.setPeriodic(HEARTBEAT.toMillis(), tick -> rows.inSchool(school, sql -> sql
                            .preparedQuery("update jobs set updated_at = now() where id = $1").execute(Tuple.of(id)))
                    .subscribe().with(done -> { }, failure -> LOG.warnf("job %s: heartbeat not written: %s", id, failure)));
            work.eventually(() -> vertx.cancelTimer(heartbeat))
                    .subscribe().with(done -> { }, failure -> LOG.error("a job's bookkeeping failed", failure));
        });
    }

    private <R> Uni<Void> succeeded(UUID school, UUID id, R result, String url) {
        return rows.inSchool(school, sql -> sql.preparedQuery("update jobs set status = 'succeeded', "
                        + "total = coalesce(total, processed), result = cast(cast($2 as text) as jsonb), result_url = $3, "
                        + "finished_at = now(), updated_at = now() where id = $1")
                .execute(Tuple.of(id, json(result), url))).replaceWithVoid();
    }

    private Uni<Void> failed(UUID school, UUID id, String kind, Throwable failure) {
        List<FieldError> errors;
        if (failure instanceof ProblemException problem) {
            List<FieldError> fields = problem.problem().getErrors();
            errors = fields == null || fields.isEmpty()
                    ? List.of(new FieldError(null, problem.problem().getDetail())) : fields;
        } else {
            LOG.errorf(failure, "job %s (%s) failed", id, kind);
            errors = List.of(new FieldError(null, "the job failed unexpectedly; the service's log has job " + id));
        }
        return rows.inSchool(school, sql -> sql.preparedQuery("update jobs set status = 'failed', "
                        + "errors = cast(cast($2 as text) as jsonb), finished_at = now(), updated_at = now() where id = $1")
                .execute(Tuple.of(id, json(errors)))).replaceWithVoid();
    }

    private JobView view(UUID id, Row row) {
        boolean silent = row.getBoolean("silent");
        try {
            List<FieldError> errors = silent
                    ? List.of(new FieldError(null, "the job stopped when its service instance did; start it again"))
                    : mapper.readValue(row.getString("errors"), ERRORS);
            String result = row.getString("result");
            return new JobView(id, row.getString("kind"),
                    silent ? JobStatus.failed : JobStatus.valueOf(row.getString("status")), row.getInteger("processed"),
                    row.getInteger("total"), errors, result == null ? null : mapper.readTree(result),
                    row.getString("result_url"), row.getOffsetDateTime("started_at"),
                    row.getOffsetDateTime("finished_at"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job " + id + " holds JSON it did not write", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a job's result is the answer of its operation, always JSON", e);
        }
    }

    /** Progress written as the work reports it, each in a transaction of its own. */
    private final class RowProgress implements JobProgress {

        private final UUID school;
        private final UUID id;

        RowProgress(UUID school, UUID id) {
            this.school = school;
            this.id = id;
        }

        @Override
        public Uni<Void> total(int total) {
            return write("update jobs set total = $2, updated_at = now() where id = $1", total);
        }

        @Override
        public Uni<Void> advanced(int items) {
            return write("update jobs set processed = processed + $2, updated_at = now() where id = $1", items);
        }

        private Uni<Void> write(String update, int value) {
            return rows.inSchool(school, sql -> sql.preparedQuery(update).execute(Tuple.of(id, value)))
                    .replaceWithVoid();
        }
    }
}
