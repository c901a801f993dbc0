package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * Failure rows in {@code login_attempts}, serialized per key with a transaction-scoped advisory lock:
 * a key may have no row yet to lock, and the lock must cover "count, then maybe insert".
 */
public final class JdbiLoginAttempts implements LoginAttempts {
    // The first half of the two-int advisory lock key: this table's lock space, apart from any other user of advisory locks.
    private static final int LOCK_SPACE = 4_001;

    private final Jdbi jdbi;

    public JdbiLoginAttempts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void lock(String key) {
        jdbi.useHandle(h -> h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:space, hashtext(:key))) locked")
                .bind("space", LOCK_SPACE).bind("key", key).mapTo(Integer.class).one());
    }

    @Override
    public List<Instant> failuresSince(String key, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT failed_at FROM login_attempts "
                        + "WHERE throttle_key = :key AND failed_at > :since ORDER BY failed_at")
                .bind("key", key).bind("since", utc(since))
                .map((rs, ctx) -> Timestamps.instant(rs, "failed_at")).list());
    }

    @Override
    public void recordFailure(String key, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO login_attempts (throttle_key, failed_at) VALUES (:key, :at)")
                .bind("key", key).bind("at", utc(at)).execute());
    }

    @Override
    public void clear(String key) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_attempts WHERE throttle_key = :key")
                .bind("key", key).execute());
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        // No advisory lock: rows this old are outside every window, so no throttle verdict reads them.
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM login_attempts WHERE failed_at < :cutoff")
                .bind("cutoff", utc(cutoff)).execute());
    }
}
