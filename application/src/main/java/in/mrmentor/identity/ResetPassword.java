package in.mrmentor.identity;

import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;

/**
 * An operator sets a user's password ({@code mas users reset-password}); no current password is asked.
 * Like a change, it ends every session of that user.
 */
public final class ResetPassword {

    public record Command(String email, String newPassword) {
        public Command {
            var validation = new Validation()
                    .require(Email.isValid(email), "email", "must be a valid e-mail address");
            PasswordPolicy.check(validation, "newPassword", newPassword).orThrow();
        }

        @Override
        public String toString() {
            return "ResetPassword.Command[email=" + email + ", newPassword=********]";
        }
    }

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public ResetPassword(Users users, RefreshTokens refreshTokens, PasswordHasher hasher, Transactions transactions,
                         Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException {@code USER_NOT_FOUND} */
    public UserView reset(Command command) {
        var email = Email.of(command.email());
        var hash = hasher.hash(command.newPassword());
        return transactions.inTransaction(() -> {
            var user = users.findByEmail(email).orElseThrow(IdentityErrors::userNotFound);
            var now = clock.instant();
            var changed = user.withPassword(hash, now);
            users.replace(changed);
            refreshTokens.revokeAllOf(user.id(), now);
            return UserView.of(changed);
        });
    }
}
