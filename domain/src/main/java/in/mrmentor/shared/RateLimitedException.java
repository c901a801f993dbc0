package in.mrmentor.shared;

import java.util.Objects;

/** A caller spent its {@link RateLimit}; it lifts when the window ends (HTTP 429 with {@code Retry-After}). */
public final class RateLimitedException extends DomainException implements RetryAfter {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "RATE_LIMITED";

    private final transient RateLimit.Quota quota;

    public RateLimitedException(RateLimit.Quota quota) {
        super(ErrorKind.TOO_MANY_REQUESTS, CODE, "Too many requests. Try again in "
                + Objects.requireNonNull(quota, "quota").resetSeconds() + " seconds.");
        this.quota = quota;
    }

    public RateLimit.Quota quota() {
        return quota;
    }

    @Override
    public long retryAfterSeconds() {
        return quota.resetSeconds();
    }
}
