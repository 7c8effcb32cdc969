package co.athena.identity.service;

import co.athena.identity.domain.User;
import co.athena.identity.repository.Grant;
import co.athena.identity.repository.GrantReads;
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
 * the bootstrap configuration and may act in any school or on the platform. An account with no
 * access yet may have a pending invitation to accept. Every refusal reads the same, so the exchange
 * tells nobody which schools exist or who belongs to them; and attempts are rate-limited.
 * <p>
 * The token's issue time is taken inside the transaction that read the user's access, with the user's
 * access lock held: an access change waits for it, so its effective time comes after this token's.
 */
@ApplicationScoped
public class TokenExchangeService {

    private static final String DENIED = "this account has no access to the requested school";

    private final UpstreamTokenVerifier verifier;
    private final AccessTokenIssuer issuer;
    private final UserRepository users;
    private final GrantReads grants;
    private final InvitationAcceptance invitations;
    private final ExchangeRateLimiter limiter;
    private final TenantTransactions transactions;
    private final Vertx vertx;

    public TokenExchangeService(UpstreamTokenVerifier verifier, AccessTokenIssuer issuer, UserRepository users,
                                GrantReads grants, InvitationAcceptance invitations, ExchangeRateLimiter limiter,
                                TenantTransactions transactions, Vertx vertx) {
        this.verifier = verifier;
        this.issuer = issuer;
        this.users = users;
        this.grants = grants;
        this.invitations = invitations;
        this.limiter = limiter;
        this.transactions = transactions;
        this.vertx = vertx;
    }

    public Uni<AccessToken> exchange(String clientAddress, String upstreamToken, UUID school) {
        limiter.client(clientAddress);
        // only a JWKS lookup blocks; an HS256 check is pure CPU and stays on the event loop
        Uni<UpstreamIdentity> identity = verifier.mayBlock(upstreamToken)
                ? vertx.executeBlocking(Uni.createFrom().item(() -> verifier.verify(upstreamToken)))
                : Uni.createFrom().item(() -> verifier.verify(upstreamToken));
        return identity
                .invoke(verified -> limiter.subject(verified.subject()))
                .chain(verified -> school == null ? forPlatform(verified) : forSchool(verified, school));
    }

    static ProblemException denied() {
        return Problems.forbidden(DENIED);
    }

    private Uni<AccessToken> forPlatform(UpstreamIdentity identity) {
        return transactions.onPlatform(() -> users.findById(identity.subject()).map(user -> {
            if (!isActiveSuperadmin(user)) {
                throw denied();
            }
            return issuer.issue(user.id, user.email, null, List.of(Roles.SUPERADMIN));
        }));
    }

    private Uni<AccessToken> forSchool(UpstreamIdentity identity, UUID school) {
        return grants.grantIn(identity.subject(), school, grant -> claims(identity, school, grant))
                .chain(claims -> claims != null ? Uni.createFrom().item(issuer.sign(claims)) : withInvitation(identity, school));
    }

    /** Nothing granted yet: a pending invitation may be accepted, in a transaction of the school's membership changes. */
    private Uni<AccessToken> withInvitation(UpstreamIdentity identity, UUID school) {
        return transactions.inSchool(school, () -> users.grantIn(identity.subject(), school).chain(grant -> {
            AccessTokenIssuer.Claims claims = claims(identity, school, grant); // granted a moment ago
            return claims != null ? Uni.createFrom().item(issuer.sign(claims)) : invitations.accept(identity, school)
                    .map(accepted -> issuer.issue(identity.subject(), accepted.email(), school, accepted.roles()));
        }));
    }

    /** The token's claims when the grant admits the user, null when an invitation might; refused otherwise. */
    private AccessTokenIssuer.Claims claims(UpstreamIdentity identity, UUID school, Grant grant) {
        if (admits(grant)) {
            return issuer.claims(identity.subject(), grant.email(), school, roles(grant));
        }
        if (grant != null && !grant.userActive()) {
            throw denied();
        }
        return null;
    }

    private static boolean admits(Grant grant) {
        return grant != null && grant.userActive()
                && (grant.superadmin() || grant.schoolActive() && grant.membershipActive());
    }

    private static List<String> roles(Grant grant) {
        List<String> roles = new ArrayList<>();
        if (grant.superadmin()) {
            roles.add(Roles.SUPERADMIN);
        }
        if (grant.membershipActive()) {
            roles.addAll(grant.roles());
        }
        return roles;
    }

    private static boolean isActiveSuperadmin(User user) {
        return user != null && user.active && user.superadmin;
    }
}
