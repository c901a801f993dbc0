package in.mrmentor.shared;

/**
 * The server takes no more of some bounded work right now (HTTP 503 {@code SERVICE_UNAVAILABLE} with
 * {@code Retry-After}); the request did nothing and may be sent again.
 */
public final class ServiceBusyException extends DomainException implements RetryAfter {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "SERVICE_UNAVAILABLE";

    private final long retryAfterSeconds;

    public ServiceBusyException(String detail, long retryAfterSeconds) {
        super(ErrorKind.UNAVAILABLE, CODE, detail);
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
