package co.athena.persistence;

import co.athena.shared.problem.ExceptionTranslator;
import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.eclipse.microprofile.config.Config;
import org.hibernate.StaleStateException;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database refusals as problems: a concurrent write that lost its optimistic lock is a 412; a unique or exclusion
 * constraint, or a foreign key that keeps a row in use, is a 409 (worded by
 * {@code athena.problems.constraints.<constraint>} when the service names it), a serialization
 * failure a 409 to retry, a database going away a 503. The constraints are the race-free last word;
 * services check the common cases first for friendlier answers.
 */
@ApplicationScoped
public class PersistenceExceptionTranslator implements ExceptionTranslator {

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

    private final Config config;

    public PersistenceExceptionTranslator(Config config) {
        this.config = config;
    }

    @Override
    public Optional<ProblemException> translate(Throwable failure) {
        if (failure instanceof VertxException && "Timeout".equals(failure.getMessage())) {
            // the connection pool stayed exhausted for its whole wait
            return Optional.of(Problems.unavailable("the database"));
        }
        if (failure instanceof OptimisticLockException || failure instanceof StaleStateException) {
            return Optional.of(Problems.preconditionFailed("the resource"));
        }
        String state;
        String constraint;
        if (failure instanceof PgException pg) {
            state = pg.getSqlState();
            constraint = pg.getConstraint();
        } else if (failure instanceof SQLException sql) {
            // Hibernate Reactive hands PostgreSQL's refusal over as an SQLException with its SQLSTATE
            state = sql.getSQLState();
            Matcher named = CONSTRAINT.matcher(String.valueOf(sql.getMessage()));
            constraint = named.find() ? named.group(1) : null;
        } else {
            return Optional.empty();
        }
        return translate(state == null ? "" : state, constraint);
    }

    private Optional<ProblemException> translate(String state, String constraint) {
        return switch (state) {
            case "23505", "23P01" -> Optional.of(Problems.conflict("duplicate", message(constraint,
                    "conflicts with an existing resource")));
            case "23514" -> Optional.of(Problems.badRequest("body", message(constraint, "breaks a data rule")));
            // a row other rows still point to (deleting an area with subjects); services check references first
            case "23503" -> Optional.of(Problems.conflict("in-use", message(constraint, "is still in use")));
            case "40001", "40P01" -> Optional.of(Problems.conflict("concurrent-change",
                    "a concurrent change got there first; read again and retry"));
            case "57P01", "57P02", "57P03", "53300" -> Optional.of(Problems.unavailable("the database"));
            default -> state.startsWith("08") ? Optional.of(Problems.unavailable("the database")) : Optional.empty();
        };
    }

    private String message(String constraint, String fallback) {
        if (constraint == null) {
            return fallback;
        }
        return config.getOptionalValue("athena.problems.constraints." + constraint, String.class)
                .orElse(fallback + " (" + constraint + ")");
    }
}
