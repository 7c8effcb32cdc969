package co.athena.shared.problem;

import java.util.Optional;

/**
 * Turns a failure that no typed mapper handles (a database constraint, an outage buried in a
 * cause chain) into a problem. Modules contribute beans; the first answer wins.
 */
public interface ExceptionTranslator {

    Optional<ProblemException> translate(Throwable failure);
}
