package co.athena.persistence.jobs;

import io.smallrye.mutiny.Uni;

/**
 * How a long operation tells its job how far it got. Each call writes the job's row in a small transaction of its
 * own, so a poller sees it while the operation's own transaction is still open; call it per chunk, not per item.
 */
public interface JobProgress {

    /** For an operation answered synchronously: nobody polls. */
    JobProgress NONE = new JobProgress() {
        @Override
        public Uni<Void> total(int total) {
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> advanced(int items) {
            return Uni.createFrom().voidItem();
        }
    };

    /** How many items the operation has, once it knows. */
    Uni<Void> total(int total);

    /** {@code items} more are done. */
    Uni<Void> advanced(int items);
}
