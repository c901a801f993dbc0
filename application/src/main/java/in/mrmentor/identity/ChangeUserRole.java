package in.mrmentor.identity;

import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.port.Transactions;

import java.util.Objects;
import java.time.Clock;
import java.util.UUID;

/**
 * Gives an account another role ({@code mas users set-role}, and the admin route). The tokens issued
 * under the old role end at once (credential version and refresh tokens), so no token keeps powers the
 * user no longer has. Only a SUPERADMIN makes or unmakes administrators. The one place this rule lives.
 */
public final class ChangeUserRole {

    public record Command(UUID userId, Role role) {
        public Command {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(role, "role");
        }
    }

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeUserRole(Users users, RefreshTokens refreshTokens, Transactions transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException {@code USER_NOT_FOUND}, {@code FORBIDDEN} */
    public UserView change(Actor actor, Command command) {
        return transactions.inTransaction(() -> {
            User user = users.findById(command.userId()).orElseThrow(IdentityErrors::userNotFound);
            AccountAdministrationPolicy.check(actor, user, command.role());
            User changed = user.withRole(command.role());
            if (changed != user) {
                users.replace(changed);
                refreshTokens.revokeAllOf(user.id(), clock.instant());
            }
            return UserView.of(changed);
        });
    }
}
