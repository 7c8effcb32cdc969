package co.athena.identity.service;

import co.athena.identity.domain.User;
import co.athena.identity.repository.UserRepository;
import co.athena.identity.rest.UserPatch;
import co.athena.identity.rest.UserRequest;
import co.athena.identity.rest.UserResponse;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.problem.Problems;
import co.athena.shared.rest.ETags;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Supplier;

/** Users: platform data, seen through the caller's school (a rector sees its members only). */
@ApplicationScoped
public class UserService {

    private final UserRepository users;
    private final CallerScope caller;
    private final TenantTransactions transactions;

    public UserService(UserRepository users, CallerScope caller, TenantTransactions transactions) {
        this.users = users;
        this.caller = caller;
        this.transactions = transactions;
    }

    public Uni<UserResponse> create(UserRequest request) {
        User user = new User();
        user.id = request.id();
        user.email = request.email().trim();
        user.fullName = request.fullName().trim();
        user.createdAt = UtcClock.now();
        user.updatedAt = user.createdAt;
        return inScope(() -> users.findByEmail(user.email)
                .invoke(existing -> {
                    if (existing != null) {
                        throw Problems.conflict("duplicate", "a user with this email already exists");
                    }
                })
                .chain(() -> users.findById(user.id))
                .invoke(existing -> {
                    if (existing != null) {
                        throw Problems.conflict("duplicate", "a user with this upstream id already exists");
                    }
                })
                .chain(() -> users.persist(user))
                .chain(users::flush)
                .replaceWith(() -> UserResponse.of(user)));
    }

    public Uni<Page<UserResponse>> list(String search, PageRequest page) {
        return inScope(() -> users.page(caller.visibleSchool(), search, page)
                .map(rows -> Page.of(rows, page, u -> u.id, UserResponse::of)));
    }

    public Uni<UserResponse> get(UUID id) {
        return inScope(() -> find(id).map(UserResponse::of));
    }

    public Uni<UserResponse> update(UUID id, UserPatch patch, String ifMatch) {
        return inScope(() -> find(id).chain(user -> {
            ETags.requireMatch(ifMatch, user.version, "user " + id);
            if (patch.email() != null) {
                user.email = patch.email().trim();
            }
            if (patch.fullName() != null) {
                user.fullName = patch.fullName().trim();
            }
            user.updatedAt = UtcClock.now();
            return users.flush().replaceWith(() -> UserResponse.of(user));
        }));
    }

    /**
     * Deactivates the user everywhere: no new tokens in any school. That is the platform's call; a
     * school removes someone by deactivating its membership. (Row-level security keeps a school from
     * even seeing the user's other memberships, so it could not weigh that decision.)
     */
    public Uni<UserResponse> deactivate(UUID id, String ifMatch) {
        if (!caller.isSuperadmin()) {
            return Uni.createFrom().failure(Problems.forbidden(
                    "only the platform deactivates a user; deactivate the membership in your school instead"));
        }
        return inScope(() -> find(id).chain(user -> {
            ETags.requireMatch(ifMatch, user.version, "user " + id);
            if (user.superadmin) {
                throw Problems.conflict("bootstrap-superadmin", "the bootstrap superadmin is managed by configuration");
            }
            user.active = false;
            user.updatedAt = UtcClock.now();
            return users.flush().replaceWith(() -> UserResponse.of(user));
        }));
    }

    private Uni<User> find(UUID id) {
        return users.findVisible(id, caller.visibleSchool())
                .onItem().ifNull().failWith(() -> Problems.notFound("user", id));
    }

    private <T> Uni<T> inScope(Supplier<Uni<T>> work) {
        return transactions.inSchoolIfAny(caller.school(), work);
    }
}
