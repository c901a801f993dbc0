package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.RequestCounters;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;

import static in.mrmentor.persistence.Timestamps.utc;

/** One row per key and window in {@code request_counters}; one upsert counts and reads atomically. */
public final class JdbiRequestCounters implements RequestCounters {
    // Keys come from clients (an address from X-Forwarded-For): bounded so a long header cannot fail the insert.
    private static final int MAX_KEY_LENGTH = 128;

    private final Jdbi jdbi;

    public JdbiRequestCounters(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long countOne(String key, Instant windowStart) {
        String bounded = key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
        return jdbi.withHandle(h -> h.createQuery("INSERT INTO request_counters (counter_key, window_start, hits) "
                        + "VALUES (:key, :start, 1) ON CONFLICT (counter_key, window_start) "
                        + "DO UPDATE SET hits = request_counters.hits + 1 RETURNING hits")
                .bind("key", bounded).bind("start", utc(windowStart))
                .mapTo(Long.class).one());
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM request_counters WHERE window_start < :cutoff")
                .bind("cutoff", utc(cutoff)).execute());
    }
}
