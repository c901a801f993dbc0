package in.mrmentor.persistence.idempotency;

import in.mrmentor.idempotency.StoredResponse;
import in.mrmentor.idempotency.port.IdempotencyRecords;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.Optional;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * Claims a key by inserting its row inside the caller's transaction. A concurrent duplicate's insert
 * blocks on the primary key until the first transaction ends: on commit it finds the completed row
 * and replays it, on rollback its own insert goes through and it runs the request itself.
 */
public final class JdbiIdempotencyRecords implements IdempotencyRecords {
    private final Jdbi jdbi;

    public JdbiIdempotencyRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Earlier> claim(String scope, String key, String requestHash, Instant now, Instant expiredBefore) {
        return jdbi.withHandle(h -> {
            // An expired row is taken over by the same statement (the WHERE of DO UPDATE), so no retry loop is needed.
            boolean claimed = h.createQuery("INSERT INTO idempotency_keys (scope, key, request_hash, status, created_at) "
                            + "VALUES (:scope, :key, :hash, 'IN_PROGRESS', :now) "
                            + "ON CONFLICT (scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, "
                            + "status = 'IN_PROGRESS', response_status = NULL, response_body = NULL, "
                            + "created_at = EXCLUDED.created_at WHERE idempotency_keys.created_at < :expired "
                            + "RETURNING true")
                    .bind("scope", scope).bind("key", key).bind("hash", requestHash)
                    .bind("now", utc(now)).bind("expired", utc(expiredBefore))
                    .mapTo(Boolean.class).findOne().isPresent();
            if (claimed) {
                return Optional.empty();
            }
            return h.createQuery("SELECT request_hash, response_status, response_body FROM idempotency_keys "
                            + "WHERE scope = :scope AND key = :key AND status = 'COMPLETED'")
                    .bind("scope", scope).bind("key", key)
                    .map((rs, ctx) -> new Earlier(rs.getString("request_hash"),
                            new StoredResponse(rs.getInt("response_status"), rs.getString("response_body"))))
                    .findOne();
        });
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE idempotency_keys SET status = 'COMPLETED', "
                        + "response_status = :status, response_body = :body WHERE scope = :scope AND key = :key")
                .bind("scope", scope).bind("key", key)
                .bind("status", response.status()).bind("body", response.body())
                .execute());
    }
}
