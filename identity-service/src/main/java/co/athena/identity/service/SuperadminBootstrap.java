package co.athena.identity.service;

import co.athena.identity.config.BootstrapConfig;
import co.athena.identity.domain.User;
import co.athena.identity.repository.UserRepository;
import co.athena.shared.ids.UtcClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Creates the configured superadmin at start when absent; the only way a superadmin comes to be. */
@ApplicationScoped
public class SuperadminBootstrap {

    private static final Logger LOG = Logger.getLogger(SuperadminBootstrap.class);

    private final UserRepository users;
    private final BootstrapConfig config;

    public SuperadminBootstrap(UserRepository users, BootstrapConfig config) {
        this.users = users;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> users.findById(config.subject())
                .chain(existing -> {
                    if (existing != null) {
                        existing.superadmin = true;
                        existing.active = true;
                        return users.flush();
                    }
                    User admin = new User();
                    admin.id = config.subject();
                    admin.email = config.email();
                    admin.fullName = "Athena superadmin";
                    admin.superadmin = true;
                    admin.createdAt = UtcClock.now();
                    admin.updatedAt = admin.createdAt;
                    LOG.infof("created the bootstrap superadmin %s", config.email());
                    return users.persist(admin).replaceWithVoid();
                })));
    }
}
