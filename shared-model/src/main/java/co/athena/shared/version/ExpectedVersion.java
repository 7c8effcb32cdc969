package co.athena.shared.version;

import co.athena.shared.problem.Problems;

import java.util.Set;

/**
 * The versions of an aggregate a write was based on (what the caller last read), checked against the
 * current one inside the write's transaction. {@link #ANY} is an unconditional write.
 */
public record ExpectedVersion(boolean any, Set<Long> versions) {

    public static final ExpectedVersion ANY = new ExpectedVersion(true, Set.of());

    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(false, Set.copyOf(versions));
    }

    /** Passes when any version will do or {@code current} is one of those expected; else 412, nothing changes. */
    public void check(long current, String resource) {
        if (!any && !versions.contains(current)) {
            throw Problems.preconditionFailed(resource);
        }
    }
}
