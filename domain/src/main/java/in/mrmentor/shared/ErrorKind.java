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
    UNAVAILABLE,
    /** Existed once and is gone for good (an expired link). */
    GONE,
    /** The content is larger than the rule allows. */
    TOO_LARGE,
    /** The content is of a type the rule does not take (told by its bytes). */
    UNSUPPORTED_MEDIA_TYPE
}
