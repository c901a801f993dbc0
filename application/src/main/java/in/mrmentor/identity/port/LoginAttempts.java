package in.mrmentor.identity.port;

import java.time.Instant;
import java.util.List;

/**
 * Failed sign-in attempts per throttle key (an e-mail address, or a fixed key for the master login).
 * Kept in the shared database, not in a process, so N servers behind a load balancer count together.
 */
public interface LoginAttempts {

    /**
     * Serializes attempts on {@code key} until the current transaction ends, so concurrent attempts
     * cannot all read "4 failures" and all be let through.
     */
    void lock(String key);

    /** Failure times of {@code key} strictly after {@code since}. */
    List<Instant> failuresSince(String key, Instant since);

    void recordFailure(String key, Instant at);

    /** Forgets every failure of {@code key} (after a successful sign-in). */
    void clear(String key);

    /**
     * Deletes the failures of every key recorded strictly before {@code cutoff} and answers how many
     * went. Call it with a cutoff older than the throttle window, so no verdict can change.
     */
    long purgeOlderThan(Instant cutoff);
}
