package in.mrmentor.identity;

import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * An administrator (or an operator through the CLI, acting as SUPERADMIN) activates, deactivates,
 * renames or changes the role of an account: {@code PATCH /api/admin/users/{id}} and
 * {@code mas users deactivate|activate|set-role} share this one rule.
 * <ul>
 *     <li>Deactivating or changing the role moves the credential version, so every access token of the
 *     user stops at once, and ends every refresh-token family.</li>
 *     <li>Only a SUPERADMIN may grant or remove ADMIN/SUPERADMIN or touch such an account ({@link UserAccessPolicy}).</li>
 *     <li>Nobody may deactivate or demote the last active SUPERADMIN ({@code LAST_SUPERADMIN}). The active
 *     SUPERADMIN rows are locked before the count, so two changes racing to remove the last two are
 *     decided one after the other.</li>
 * </ul>
 */
public final class ChangeUserAccess {

    /** Each field optional: null leaves it as it is. */
    public record Command(Boolean active, Role role, String name) {
        public Command {
            var validation = new Validation();
            if (name != null) {
                validation.requireText(name, "name", User.MAX_NAME_LENGTH);
            }
            validation.orThrow();
        }

        boolean touchesCredentials() {
            return active != null || role != null;
        }
    }

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeUserAccess(Users users, RefreshTokens refreshTokens, Transactions transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param actor the role of whoever asks
     * @throws in.mrmentor.shared.DomainException {@code USER_NOT_FOUND}, {@code FORBIDDEN}, {@code LAST_SUPERADMIN}
     */
    public UserView change(Role actor, UUID userId, Command command) {
        return transactions.inTransaction(() -> {
            // Always the SUPERADMIN rows first, then the account: every change takes its locks in that order.
            long activeSuperadmins = command.touchesCredentials() ? users.lockActiveSuperadmins() : 0;
            var before = users.lockById(userId).orElseThrow(IdentityErrors::userIdNotFound);
            Role newRole = command.role() == null ? before.role() : command.role();
            if (!UserAccessPolicy.mayChange(actor, before.role(), newRole)) {
                throw IdentityErrors.forbidden("Only a SUPERADMIN may change an ADMIN or SUPERADMIN account "
                        + "or grant those roles.");
            }
            var after = before;
            if (command.name() != null) {
                after = after.withName(command.name().strip());
            }
            after = after.withRole(newRole);
            if (command.active() != null) {
                after = after.withActive(command.active());
            }
            if (UserAccessPolicy.removesActiveSuperadmin(before, after) && activeSuperadmins <= 1) {
                throw IdentityErrors.lastSuperadmin();
            }
            if (after.equals(before)) {
                return UserView.of(before);
            }
            users.replace(after);
            if (after.credentialVersion() != before.credentialVersion()) {
                refreshTokens.revokeAllOf(userId, clock.instant());
            }
            return UserView.of(after);
        });
    }
}
