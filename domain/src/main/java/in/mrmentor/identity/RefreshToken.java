package in.mrmentor.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One opaque refresh token, stored only as its SHA-256 ({@link TokenDigest}). Every sign-in starts a
 * family; every refresh uses up the presented token and adds its successor to the same family.
 * Presenting a token that was already used means two parties hold the family, so the family ends.
 */
public record RefreshToken(
        UUID id,
        UUID userId,
        UUID familyId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        Instant usedAt,
        Instant revokedAt) {

    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a refresh token must expire after it is issued");
        }
    }

    public static RefreshToken issue(UUID id, UUID userId, UUID familyId, String tokenHash, Instant now, Instant expiresAt) {
        return new RefreshToken(id, userId, familyId, tokenHash, now, expiresAt, null, null);
    }

    /** What presenting this token at {@code now} means. */
    public sealed interface Presentation {
    }

    /** Unused, unrevoked, unexpired: rotate it. */
    public record Fresh() implements Presentation {
    }

    /** Used before: whoever presents it now (or presented it then) is not the only holder. */
    public record Reused() implements Presentation {
    }

    /** Revoked (logout, password change, reuse) or expired: simply not a session any more. */
    public record Dead() implements Presentation {
    }

    public Presentation presentedAt(Instant now) {
        if (usedAt != null) {
            return new Reused();
        }
        if (revokedAt != null || !now.isBefore(expiresAt)) {
            return new Dead();
        }
        return new Fresh();
    }

    @Override
    public String toString() {
        return "RefreshToken[id=" + id + ", userId=" + userId + ", familyId=" + familyId + ", hash=********"
                + ", expiresAt=" + expiresAt + ", usedAt=" + usedAt + ", revokedAt=" + revokedAt + "]";
    }
}
