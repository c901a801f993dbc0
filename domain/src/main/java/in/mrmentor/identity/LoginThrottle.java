package in.mrmentor.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code AUTH_LOGIN_MAX_ATTEMPTS} failures within a sliding {@code AUTH_LOGIN_WINDOW_SECONDS} lock the
 * key (an e-mail address) until enough of those failures have aged out of the window. While locked,
 * even the right password is refused, and refused attempts are not counted, so the lock lifts on
 * its own after at most one window.
 */
public record LoginThrottle(int maxAttempts, Duration window) {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(900);

    public LoginThrottle {
        Objects.requireNonNull(window, "window");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    public static LoginThrottle defaults() {
        return new LoginThrottle(DEFAULT_MAX_ATTEMPTS, DEFAULT_WINDOW);
    }

    /** The verdict before an attempt is checked. */
    public sealed interface Verdict {
    }

    public record Allowed() implements Verdict {
    }

    public record Locked(long retryAfterSeconds) implements Verdict {
    }

    /** The earliest failure that can still count at {@code now}; older ones no longer matter. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** @param failures the recorded failures of one key (any order; those outside the window are ignored) */
    public Verdict judge(List<Instant> failures, Instant now) {
        Instant start = windowStart(now);
        List<Instant> recent = failures.stream().filter(at -> at.isAfter(start)).sorted().toList();
        if (recent.size() < maxAttempts) {
            return new Allowed();
        }
        // The lock lifts when the count drops below the maximum, i.e. when this failure leaves the window.
        Instant lifts = recent.get(recent.size() - maxAttempts).plus(window);
        long millis = Duration.between(now, lifts).toMillis();
        return new Locked(Math.max(1, (millis + 999) / 1000));
    }
}
