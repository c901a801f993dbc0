package in.mrmentor.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * Timings shared by both job queue adapters.
 *
 * @param pollInterval      how often an idle worker asks the store for due jobs and fires schedules
 * @param visibilityTimeout how long a delivered job stays invisible to other workers; unacknowledged
 *                          after that, it is delivered again. Longer than the slowest handler.
 * @param backoffBase       the wait before the first retry; each further retry waits twice as long
 * @param backoffMax        the longest wait between two attempts
 */
public record JobQueueSettings(Duration pollInterval, Duration visibilityTimeout, Duration backoffBase,
                               Duration backoffMax) {
    public JobQueueSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(visibilityTimeout, "visibilityTimeout");
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(backoffMax, "backoffMax");
        if (pollInterval.toMillis() < 10) {
            throw new IllegalArgumentException("pollInterval must be at least 10 ms");
        }
        if (visibilityTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("visibilityTimeout must be at least 100 ms");
        }
        if (backoffBase.isNegative() || backoffMax.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= base <= max");
        }
    }

    /** One second polls, five minute leases, retries after 10 s, 20 s, 40 s ... up to an hour. */
    public static JobQueueSettings defaults() {
        return new JobQueueSettings(Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofSeconds(10),
                Duration.ofHours(1));
    }

    /** The wait before the attempt after {@code failedAttempt} (1-based). */
    public Duration backoffAfter(int failedAttempt) {
        int doublings = Math.min(Math.max(failedAttempt - 1, 0), 30);
        long millis = backoffBase.toMillis();
        for (int i = 0; i < doublings && millis < backoffMax.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, backoffMax.toMillis()));
    }
}
