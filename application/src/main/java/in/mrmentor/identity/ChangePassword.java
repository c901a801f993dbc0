package in.mrmentor.identity;

import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * A signed-in user replaces their password. Every refresh-token family ends and every access token
 * issued before now stops working (via {@code passwordChangedAt}), so a thief's session dies with it;
 * the client signs in again with the new password.
 */
public final class ChangePassword {

    public record Command(String currentPassword, String newPassword) {
        public Command {
            var validation = new Validation()
                    .require(currentPassword != null && !currentPassword.isEmpty(), "currentPassword", "must not be empty");
            PasswordPolicy.check(validation, "newPassword", newPassword).orThrow();
        }

        @Override
        public String toString() {
            return "ChangePassword.Command[currentPassword=********, newPassword=********]";
        }
    }

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public ChangePassword(Users users, RefreshTokens refreshTokens, PasswordHasher hasher, Transactions transactions,
                          Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException {@code INVALID_CURRENT_PASSWORD} (400) when the current password is wrong */
    public void change(UUID userId, Command command) {
        transactions.run(() -> {
            var user = users.findById(userId).filter(User::active).orElseThrow(IdentityErrors::unauthenticated);
            if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
                throw IdentityErrors.invalidCurrentPassword();
            }
            var now = clock.instant();
            users.replace(user.withPassword(hasher.hash(command.newPassword()), now));
            refreshTokens.revokeAllOf(userId, now);
        });
    }
}
