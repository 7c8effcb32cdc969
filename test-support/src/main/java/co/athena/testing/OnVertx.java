package co.athena.testing;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a bean's reactive work the way a request or a Kafka message does — on a safe duplicated Vert.x
 * context, which Hibernate Reactive requires — and waits for its result, for a test that calls a
 * service directly.
 */
public final class OnVertx {

    private OnVertx() {
    }

    public static <T> T await(Supplier<Uni<T>> work) {
        Vertx vertx = Arc.container().instance(Vertx.class).get();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().<T>emitter(emitter -> context.runOnContext(ignored -> work.get().subscribe()
                        .with(emitter::complete, emitter::fail)))
                .await().atMost(Duration.ofSeconds(30));
    }
}
