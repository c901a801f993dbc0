package in.mrmentor.identity.port;

import in.mrmentor.identity.Role;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Short-lived signed access tokens (JWT with {@code sub}, {@code role}, {@code iat}, {@code exp},
 * {@code jti}, and the user's credential version). Verification checks the signature, the pinned
 * algorithm and the expiry only; whether the user still exists and still has the credential version
 * the token was issued under is the identity use cases' call.
 */
public interface AccessTokens {

    record Issued(String token, Instant expiresAt) {
        public Issued {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "Issued[token=********, expiresAt=" + expiresAt + "]";
        }
    }

    record Claims(UUID userId, Role role, Instant issuedAt, Instant expiresAt, String tokenId, long credentialVersion) {
    }

    /** @param credentialVersion the user's {@code User.credentialVersion()} at issue */
    Issued issue(UUID userId, Role role, long credentialVersion);

    /** The claims of a valid, unexpired token; empty for anything else (malformed, forged, expired, wrong algorithm). */
    Optional<Claims> verify(String token);
}
