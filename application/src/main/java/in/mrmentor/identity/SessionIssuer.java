package in.mrmentor.identity;

import in.mrmentor.identity.port.AccessTokens;
import in.mrmentor.identity.port.RandomSecrets;
import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.shared.port.Ids;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Hands out an access token plus a refresh token, shared by every use case that signs someone in.
 * Only the refresh token's hash is stored. Each new refresh token lives {@code REFRESH_TOKEN_EXPIRE_DAYS}
 * from its own issue, so a session that is used stays alive and an idle one ends.
 */
public final class SessionIssuer {
    public static final Duration DEFAULT_REFRESH_TOKEN_TTL = Duration.ofDays(7);

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final RandomSecrets secrets;
    private final Ids ids;
    private final Clock clock;
    private final Duration refreshTokenTtl;

    public SessionIssuer(AccessTokens accessTokens, RefreshTokens refreshTokens, RandomSecrets secrets, Ids ids,
                         Clock clock, Duration refreshTokenTtl) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.refreshTokenTtl = Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        if (refreshTokenTtl.isNegative() || refreshTokenTtl.isZero()) {
            throw new IllegalArgumentException("the refresh token lifetime must be positive");
        }
    }

    /** A new session: a new refresh-token family. Call inside the caller's transaction. */
    Session startFamily(User user) {
        return issue(user, ids.next());
    }

    /** The successor of a used refresh token, in the same family. */
    Session continueFamily(User user, UUID familyId) {
        return issue(user, familyId);
    }

    private Session issue(User user, UUID familyId) {
        var now = clock.instant();
        String opaque = secrets.refreshToken();
        var refresh = RefreshToken.issue(ids.next(), user.id(), familyId, TokenDigest.sha256Hex(opaque), now,
                now.plus(refreshTokenTtl));
        refreshTokens.add(refresh);
        var access = accessTokens.issue(user.id(), user.role(), user.credentialVersion());
        return new Session(UserView.of(user), access.token(), access.expiresAt(), opaque, refresh.expiresAt());
    }
}
