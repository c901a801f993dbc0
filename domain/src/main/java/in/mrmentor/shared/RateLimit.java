package in.mrmentor.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * At most {@code maxRequests} per fixed {@code window} (aligned to the epoch, so every process agrees
 * where a window starts). Fixed windows make {@code RateLimit-Reset} one number for everyone: the
 * seconds until the current window ends.
 */
public record RateLimit(int maxRequests, Duration window) {

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be at least 1");
        }
        if (window.toMillis() < 1_000) {
            throw new IllegalArgumentException("window must be at least a second");
        }
    }

    public static RateLimit perMinute(int maxRequests) {
        return new RateLimit(maxRequests, Duration.ofMinutes(1));
    }

    /** The quota left after one more request, given how many a window has counted. */
    public record Quota(int limit, long remaining, long resetSeconds, boolean admitted) {
    }

    public Instant windowStart(Instant now) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    /** @param counted requests counted in the window of {@code now}, this one included */
    public Quota quota(long counted, Instant now) {
        Instant end = windowStart(now).plus(window);
        long millis = Duration.between(now, end).toMillis();
        long reset = Math.max(1, (millis + 999) / 1000);
        return new Quota(maxRequests, Math.max(0, maxRequests - counted), reset, counted <= maxRequests);
    }
}
