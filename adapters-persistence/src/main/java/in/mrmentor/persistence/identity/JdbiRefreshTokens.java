package in.mrmentor.persistence.identity;

import in.mrmentor.identity.RefreshToken;
import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiRefreshTokens implements RefreshTokens {
    private static final String COLUMNS = "id, user_id, family_id, token_hash, issued_at, expires_at, used_at, revoked_at";
    private static final RowMapper<RefreshToken> ROW = (rs, ctx) -> new RefreshToken(
            rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            rs.getObject("family_id", UUID.class),
            rs.getString("token_hash"),
            Timestamps.instant(rs, "issued_at"),
            Timestamps.instant(rs, "expires_at"),
            Timestamps.instant(rs, "used_at"),
            Timestamps.instant(rs, "revoked_at"));

    private final Jdbi jdbi;

    public JdbiRefreshTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(RefreshToken token) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO refresh_tokens (" + COLUMNS + ") VALUES "
                        + "(:id, :userId, :familyId, :hash, :issuedAt, :expiresAt, :usedAt, :revokedAt)")
                .bind("id", token.id())
                .bind("userId", token.userId())
                .bind("familyId", token.familyId())
                .bind("hash", token.tokenHash())
                .bind("issuedAt", utc(token.issuedAt()))
                .bind("expiresAt", utc(token.expiresAt()))
                .bindByType("usedAt", utc(token.usedAt()), OffsetDateTime.class)
                .bindByType("revokedAt", utc(token.revokedAt()), OffsetDateTime.class)
                .execute());
    }

    @Override
    public Optional<RefreshToken> lockByHash(String tokenHash) {
        // FOR UPDATE: a second refresh of the same token waits here and then sees it used.
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM refresh_tokens "
                        + "WHERE token_hash = :hash FOR UPDATE")
                .bind("hash", tokenHash).map(ROW).findOne());
    }

    @Override
    public void markUsed(UUID id, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE refresh_tokens SET used_at = :at WHERE id = :id AND used_at IS NULL")
                .bind("id", id).bind("at", utc(at)).execute());
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE refresh_tokens SET revoked_at = :at "
                        + "WHERE family_id = :family AND revoked_at IS NULL")
                .bind("family", familyId).bind("at", utc(at)).execute());
    }

    @Override
    public void revokeAllOf(UUID userId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE refresh_tokens SET revoked_at = :at "
                        + "WHERE user_id = :user AND revoked_at IS NULL")
                .bind("user", userId).bind("at", utc(at)).execute());
    }

    @Override
    public List<RefreshToken> family(UUID familyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM refresh_tokens "
                        + "WHERE family_id = :family ORDER BY issued_at, id")
                .bind("family", familyId).map(ROW).list());
    }

    @Override
    public long purgeExpiredBefore(Instant cutoff) {
        // A family with any token expiring at or after the cutoff keeps all of its rows (see the port).
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM refresh_tokens t WHERE t.expires_at < :cutoff "
                        + "AND NOT EXISTS (SELECT 1 FROM refresh_tokens kept "
                        + "WHERE kept.family_id = t.family_id AND kept.expires_at >= :cutoff)")
                .bind("cutoff", utc(cutoff)).execute());
    }
}
