package co.athena.shared.rest;

import co.athena.shared.problem.Problems;
import jakarta.ws.rs.WebApplicationException;

import java.util.function.Predicate;

/**
 * How a sibling's failure reaches our caller: its 401/403 means the caller's token may not do this
 * (403); anything else — refused connection, timeout, 5xx — means the sibling is unavailable (503, the
 * caller retries). A 404 is the caller's to interpret (usually a 422 naming the reference).
 */
public final class Siblings {

    public static final Predicate<Throwable> NOT_FOUND = failure -> status(failure) == 404;

    private Siblings() {
    }

    public static RuntimeException translate(String sibling, Throwable failure) {
        int status = status(failure);
        if (status == 401 || status == 403) {
            return Problems.forbidden(sibling + " refused this token: it lacks a permission this operation needs");
        }
        return Problems.unavailable(sibling);
    }

    private static int status(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse() != null
                ? web.getResponse().getStatus() : -1;
    }
}
