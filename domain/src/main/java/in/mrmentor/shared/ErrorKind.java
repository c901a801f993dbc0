package in.mrmentor.shared;

/**
 * What kind of refusal a {@link DomainException} is. Adapters map a kind to their own vocabulary
 * (an HTTP status, a CLI exit code); the domain never knows about either.
 */
public enum ErrorKind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    PAYMENT_REQUIRED,
    UNPROCESSABLE,
    TOO_MANY_REQUESTS,
    UNAVAILABLE
}
