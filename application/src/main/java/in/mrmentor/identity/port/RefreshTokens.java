package in.mrmentor.identity.port;

import in.mrmentor.identity.RefreshToken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code refresh_tokens} rows, found by the SHA-256 of the opaque token (never by the token).
 * Revoking keeps the first revocation time: revoking twice is harmless.
 */
public interface RefreshTokens {

    void add(RefreshToken token);

    /**
     * The token with this hash, its row locked until the current transaction ends, so that two
     * requests presenting the same token are decided one after the other, never both as "fresh".
     */
    Optional<RefreshToken> lockByHash(String tokenHash);

    void markUsed(UUID id, Instant at);

    void revokeFamily(UUID familyId, Instant at);

    /** Ends every session of a user (password change or reset). */
    void revokeAllOf(UUID userId, Instant at);

    /** Every token of a family, oldest first. */
    List<RefreshToken> family(UUID familyId);

    /**
     * Deletes every token of each family whose tokens all expired before {@code cutoff}, and answers
     * how many tokens went. A family goes whole or not at all: while any of its tokens can still be
     * presented, its used tokens must stay, or presenting a stolen one would no longer end the family.
     * A token expiring at or after {@code cutoff} is never deleted, so a cutoff in the past keeps every live one.
     */
    long purgeExpiredBefore(Instant cutoff);
}
