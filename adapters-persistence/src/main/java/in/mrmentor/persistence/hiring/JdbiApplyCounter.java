package in.mrmentor.persistence.hiring;

import static in.mrmentor.persistence.Timestamps.utc;

import in.mrmentor.hiring.port.ApplyCounter;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Counts applications in the shared {@code request_counters} table (keys of their own prefix). */
public final class JdbiApplyCounter implements ApplyCounter {
    private final Jdbi jdbi;

    public JdbiApplyCounter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long countOne(String key, Instant windowStart) {
        String bounded = key.length() > 128 ? key.substring(0, 128) : key;
        return jdbi.withHandle(h -> h.createQuery("INSERT INTO request_counters (counter_key, window_start, hits) "
                        + "VALUES (:key, :window, 1) ON CONFLICT (counter_key, window_start) "
                        + "DO UPDATE SET hits = request_counters.hits + 1 RETURNING hits")
                .bind("key", bounded).bind("window", utc(windowStart)).mapTo(Long.class).one());
    }
}
