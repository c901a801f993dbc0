package in.mrmentor.identity;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.RetryAfter;

/** Sign-in is throttled; the HTTP adapter turns {@link #retryAfterSeconds()} into {@code Retry-After}. */
public final class TooManyAttemptsException extends DomainException implements RetryAfter {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "TOO_MANY_ATTEMPTS";

    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super(ErrorKind.TOO_MANY_REQUESTS, CODE, "Too many failed sign-in attempts. Try again in "
                + retryAfterSeconds + " seconds.");
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retryAfterSeconds must be positive");
        }
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
