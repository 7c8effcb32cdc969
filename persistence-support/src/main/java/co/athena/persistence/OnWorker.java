package co.athena.persistence;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Blocking or long CPU work (file reads, the S3 SDK, parsing an upload) off the event loop, with the
 * result handed back on the caller's Vert.x context, where Hibernate Reactive must continue.
 */
public final class OnWorker {

    private OnWorker() {
    }

    public static <T> Uni<T> run(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> onWorker = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? onWorker : onWorker.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
