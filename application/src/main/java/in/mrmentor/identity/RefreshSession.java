package in.mrmentor.identity;

import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;

/**
 * Trades a refresh token for a new access token and a new refresh token of the same family. A token
 * works once; presenting a used one ends the whole family, because either the client or a thief holds
 * a copy and we cannot tell which.
 */
public final class RefreshSession {

    public record Command(String refreshToken) {
        public Command {
            new Validation()
                    .require(refreshToken != null && !refreshToken.isBlank(), "refreshToken", "must not be blank")
                    .require(refreshToken == null || refreshToken.length() <= 512, "refreshToken", "is too long")
                    .orThrow();
        }

        @Override
        public String toString() {
            return "RefreshSession.Command[refreshToken=********]";
        }
    }

    /** What the presentation decided; the refusals throw only after the transaction has committed. */
    private sealed interface Outcome {
        Session session();
    }

    private record Rotated(Session session) implements Outcome {
    }

    private record Reused() implements Outcome {
        @Override
        public Session session() {
            throw IdentityErrors.refreshTokenReused();
        }
    }

    private record Dead() implements Outcome {
        @Override
        public Session session() {
            throw IdentityErrors.unauthenticated();
        }
    }

    private final RefreshTokens refreshTokens;
    private final Users users;
    private final SessionIssuer sessions;
    private final Transactions transactions;
    private final Clock clock;

    public RefreshSession(RefreshTokens refreshTokens, Users users, SessionIssuer sessions, Transactions transactions,
                          Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws in.mrmentor.shared.DomainException {@code REFRESH_TOKEN_REUSED} for a used token (its family
     *         is revoked first), {@code UNAUTHENTICATED} for an unknown, expired or revoked one
     */
    public Session refresh(Command command) {
        // The family revocation must commit even though the caller is refused: decide, commit, then throw.
        Outcome outcome = transactions.inTransaction(() -> {
            var now = clock.instant();
            var found = refreshTokens.lockByHash(TokenDigest.sha256Hex(command.refreshToken()));
            if (found.isEmpty()) {
                return new Dead();
            }
            var token = found.get();
            var presentation = token.presentedAt(now);
            if (presentation instanceof RefreshToken.Reused) {
                refreshTokens.revokeFamily(token.familyId(), now);
                return new Reused();
            }
            if (presentation instanceof RefreshToken.Dead) {
                return new Dead();
            }
            if (!(presentation instanceof RefreshToken.Fresh)) {
                throw new IllegalStateException("no handling for presentation " + presentation);
            }
            var user = users.findById(token.userId()).filter(User::active);
            if (user.isEmpty()) {
                refreshTokens.revokeFamily(token.familyId(), now);
                return new Dead();
            }
            refreshTokens.markUsed(token.id(), now);
            return new Rotated(sessions.continueFamily(user.get(), token.familyId()));
        });
        return outcome.session();
    }
}
