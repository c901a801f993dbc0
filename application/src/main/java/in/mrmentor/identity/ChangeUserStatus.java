package in.mrmentor.identity;

import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Deactivates or reactivates an account ({@code mas users deactivate|activate}, and the admin route).
 * Either way every token of the user ends at once: the credential version moves, so access tokens
 * already issued fail their next check, and every refresh token is revoked. A deactivated user cannot
 * sign in (the sign-in answers as for a wrong password). The one place this rule lives: the CLI and the
 * HTTP route both call it.
 */
public final class ChangeUserStatus {

    public record Command(UUID userId, boolean active) {
        public Command {
            Objects.requireNonNull(userId, "userId");
        }
    }

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeUserStatus(Users users, RefreshTokens refreshTokens, Transactions transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException {@code USER_NOT_FOUND}, {@code FORBIDDEN} */
    public UserView change(Actor actor, Command command) {
        return transactions.inTransaction(() -> {
            User user = users.findById(command.userId()).orElseThrow(IdentityErrors::userNotFound);
            AccountAdministrationPolicy.check(actor, user, user.role());
            User changed = user.withActive(command.active());
            if (changed != user) {
                users.replace(changed);
                refreshTokens.revokeAllOf(user.id(), clock.instant());
            }
            return UserView.of(changed);
        });
    }
}
