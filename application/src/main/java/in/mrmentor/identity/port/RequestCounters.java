package in.mrmentor.identity.port;

import java.time.Instant;

/**
 * Requests counted per key and fixed window, in the shared database like {@link LoginAttempts}, so
 * N servers behind a load balancer count one client together.
 */
public interface RequestCounters {

    /**
     * Counts one request of {@code key} in the window starting at {@code windowStart} and answers the
     * window's total, this request included. Atomic: concurrent callers each get a different total.
     */
    long countOne(String key, Instant windowStart);

    /** Forgets every window that started strictly before {@code cutoff}; answers how many went. */
    long purgeBefore(Instant cutoff);
}
