package co.athena.identity.service;

import co.athena.identity.domain.User;
import co.athena.identity.events.AccessChangeEvents;
import co.athena.identity.repository.UserRepository;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.events.AccessChangedEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.Problems;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Users are platform accounts: they come from the upstream provider at their first sign-in (an
 * accepted invitation), and only the platform's superadmin creates, changes or deactivates one
 * directly (bootstrap, support). A school sees its members' users and nothing else.
 */
@ApplicationScoped
public class UserService {

    private final MergePatches patches;
    private final UserRepository users;
    private final CallerScope caller;
    private final CallerAuthority authority;
    private final AccessChangeEvents accessChanges;
    private final TenantTransactions transactions;

    public UserService(MergePatches patches, UserRepository users, CallerScope caller, CallerAuthority authority,
                       AccessChangeEvents accessChanges, TenantTransactions transactions) {
        this.patches = patches;
        this.users = users;
        this.caller = caller;
        this.authority = authority;
        this.accessChanges = accessChanges;
        this.transactions = transactions;
    }

    public Uni<User> create(UserRequest request) {
        User user = new User();
        user.id = request.id();
        user.email = request.email().trim().toLowerCase(Locale.ROOT);
        user.fullName = request.fullName().trim();
        user.createdAt = UtcClock.now();
        user.updatedAt = user.createdAt;
        return inScope(() -> authority.requireSuperadmin()
                .chain(() -> users.findByEmail(user.email))
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
                .replaceWith(() -> user));
    }

    public Uni<Page<User>> list(String search, PageRequest page) {
        return inScope(() -> users.page(caller.visibleSchool(), search, page)
                .map(rows -> Page.of(rows, page, u -> u.id)));
    }

    public Uni<User> get(UUID id) {
        return inScope(() -> find(id));
    }

    public Uni<User> update(UUID id, MergePatch<UserPatch> patch, ExpectedVersion expected) {
        return inScope(() -> authority.requireSuperadmin().chain(() -> find(id)).chain(user -> {
            expected.check(user.version, "user " + id);
            UserPatch current = UserPatch.of(user);
            UserPatch changed = patches.apply(patch, current);
            user.email = changed.email().trim().toLowerCase(Locale.ROOT);
            user.fullName = changed.fullName().trim();
            if (UserPatch.of(user).equals(current)) {
                return Uni.createFrom().item(user);
            }
            user.updatedAt = UtcClock.now();
            return users.flush().replaceWith(() -> user);
        }));
    }

    /**
     * Deactivates the user everywhere: no new tokens in any school, and every service refuses the
     * ones already issued. A school removes someone by deactivating its membership instead.
     */
    public Uni<User> deactivate(UUID id, ExpectedVersion expected) {
        return inScope(() -> authority.requireSuperadmin().chain(() -> find(id)).chain(user -> {
            expected.check(user.version, "user " + id);
            if (user.superadmin) {
                throw Problems.conflict("bootstrap-superadmin", "the bootstrap superadmin is managed by configuration");
            }
            if (!user.active) {
                return Uni.createFrom().item(user);
            }
            return users.lockForAccessChange(user.id).chain(() -> {
                user.active = false;
                user.updatedAt = UtcClock.now();
                return users.flush();
            })
                    .chain(() -> accessChanges.publish(AccessChangedEvent.USER_DEACTIVATED, user.id, null, UtcClock.now()))
                    .replaceWith(() -> user);
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
