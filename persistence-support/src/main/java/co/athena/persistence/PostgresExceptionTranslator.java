package co.athena.persistence;

import co.athena.shared.problem.ExceptionTranslator;
import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * Database refusals as problems: a unique or exclusion constraint is a 409 (worded by
 * {@code athena.problems.constraints.<constraint>} when the service names it), a serialization
 * failure a 409 to retry, a database going away a 503. The constraints are the race-free last word;
 * services check the common cases first for friendlier answers.
 */
@ApplicationScoped
public class PostgresExceptionTranslator implements ExceptionTranslator {

    private final Config config;

    public PostgresExceptionTranslator(Config config) {
        this.config = config;
    }

    @Override
    public Optional<ProblemException> translate(Throwable failure) {
        if (!(failure instanceof PgException pg)) {
            return Optional.empty();
        }
        String state = pg.getSqlState() == null ? "" : pg.getSqlState();
        String constraint = pg.getConstraint();
        return switch (state) {
            case "23505", "23P01" -> Optional.of(Problems.conflict("duplicate", message(constraint,
                    "conflicts with an existing resource")));
            case "23514" -> Optional.of(Problems.badRequest("body", message(constraint, "breaks a data rule")));
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
