package co.athena.identity.service;

import co.athena.identity.domain.User;
import co.athena.identity.repository.Grant;
import co.athena.identity.repository.UserRepository;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Exchanges a verified upstream token for an Athena access token. The roles come from the user's
 * active membership in that school only, never from the upstream token; superadmin comes only from
 * the bootstrap configuration and may act in any school or on the platform.
 */
@ApplicationScoped
public class TokenExchangeService {

    private final UpstreamTokenVerifier verifier;
    private final AccessTokenIssuer issuer;
    private final UserRepository users;
    private final TenantTransactions transactions;
    private final Vertx vertx;

    public TokenExchangeService(UpstreamTokenVerifier verifier, AccessTokenIssuer issuer, UserRepository users,
                                TenantTransactions transactions, Vertx vertx) {
        this.verifier = verifier;
        this.issuer = issuer;
        this.users = users;
        this.transactions = transactions;
        this.vertx = vertx;
    }

    public Uni<AccessToken> exchange(String upstreamToken, UUID school) {
        // only a JWKS lookup blocks; an HS256 check is pure CPU and stays on the event loop
        Uni<UpstreamIdentity> identity = verifier.mayBlock(upstreamToken)
                ? vertx.executeBlocking(Uni.createFrom().item(() -> verifier.verify(upstreamToken)))
                : Uni.createFrom().item(() -> verifier.verify(upstreamToken));
        return identity.chain(verified -> school == null ? forPlatform(verified) : forSchool(verified, school));
    }

    private Uni<AccessToken> forPlatform(UpstreamIdentity identity) {
        return transactions.onPlatform(() -> activeUser(identity)).map(user -> {
            if (!user.superadmin) {
                throw Problems.badRequest("school_id", "is required: access tokens are issued for one school");
            }
            return issuer.issue(user.id, user.email, null, List.of(Roles.SUPERADMIN));
        });
    }

    private Uni<AccessToken> forSchool(UpstreamIdentity identity, UUID school) {
        return transactions.inSchool(school, () -> users.grantIn(identity.subject(), school))
                .map(grant -> issuer.issue(identity.subject(), grant == null ? null : grant.email(), school,
                        roles(grant)));
    }

    private static List<String> roles(Grant grant) {
        if (grant == null || !grant.userActive()) {
            throw denied("this user is unknown to Athena or inactive");
        }
        List<String> roles = new ArrayList<>();
        if (grant.superadmin()) {
            roles.add(Roles.SUPERADMIN);
        } else if (!grant.schoolActive()) {
            throw denied("the school does not exist or is not active");
        }
        if (grant.membershipActive()) {
            roles.addAll(grant.roles());
        }
        if (roles.isEmpty()) {
            throw denied("you have no active membership in this school");
        }
        return roles;
    }

    private Uni<User> activeUser(UpstreamIdentity identity) {
        return users.findById(identity.subject()).map(user -> {
            if (user == null || !user.active) {
                throw denied("this user is unknown to Athena or inactive");
            }
            return user;
        });
    }

    private static ProblemException denied(String why) {
        return Problems.forbidden(why);
    }
}
