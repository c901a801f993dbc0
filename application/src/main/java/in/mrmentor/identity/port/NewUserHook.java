package in.mrmentor.identity.port;

import in.mrmentor.identity.Role;

import java.util.Objects;
import java.util.UUID;

/**
 * The seam where other contexts learn about a new user, inside the transaction that creates it (seed
 * 003, journey 1: signup also creates the token wallets, and the starter bundle when enabled). If the
 * hook fails, the user is not created. Identity knows nothing of what the hook does.
 */
@FunctionalInterface
public interface NewUserHook {

    NewUserHook NONE = user -> {
    };

    enum Origin {
        /** The person signed up themselves. */
        SIGNUP,
        /** An administrator (or the CLI) created the account. */
        ADMIN,
        /** The first-start SUPERADMIN from ADMIN_EMAIL / ADMIN_PASSWORD. */
        BOOTSTRAP
    }

    record NewUser(UUID userId, Role role, Origin origin) {
        public NewUser {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(origin, "origin");
        }
    }

    void created(NewUser user);
}
