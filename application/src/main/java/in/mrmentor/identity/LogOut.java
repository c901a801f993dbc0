package in.mrmentor.identity;

import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * Ends the session the presented refresh token belongs to. The family is revoked rather than the one
 * row: with rotation the presented token is the family's only live one anyway, and revoking the family
 * also ends the session if the client sends a token that was already rotated. Logging out twice, or
 * with someone else's or an unknown token, changes nothing and is not an error.
 */
public final class LogOut {

    public record Command(String refreshToken) {
        public Command {
            new Validation()
                    .require(refreshToken != null && !refreshToken.isBlank(), "refreshToken", "must not be blank")
                    .require(refreshToken == null || refreshToken.length() <= 512, "refreshToken", "is too long")
                    .orThrow();
        }

        @Override
        public String toString() {
            return "LogOut.Command[refreshToken=********]";
        }
    }

    private final RefreshTokens refreshTokens;
    private final Users users;
    private final LoginLogWriter log;
    private final Transactions transactions;
    private final Clock clock;

    public LogOut(RefreshTokens refreshTokens, Users users, LoginLogWriter log, Transactions transactions,
                  Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param userId the authenticated caller; only their own sessions can be ended */
    public void logOut(UUID userId, Command command) {
        transactions.run(() -> {
            var now = clock.instant();
            var token = refreshTokens.lockByHash(TokenDigest.sha256Hex(command.refreshToken()))
                    .filter(t -> t.userId().equals(userId));
            if (token.isEmpty()) {
                return;
            }
            refreshTokens.revokeFamily(token.get().familyId(), now);
            users.findById(userId).ifPresent(user -> log.write(user, LoginEvent.LOGOUT));
        });
    }
}
