package in.mrmentor.identity;

/**
 * What a sign-in attempt decided inside its transaction. A refusal still commits (the failed attempt
 * and its log line must be kept), so the exception is thrown only after the commit, by {@link #session()}.
 */
sealed interface SignInOutcome {

    record SignedIn(Session session) implements SignInOutcome {
    }

    record Refused() implements SignInOutcome {
    }

    record Throttled(long retryAfterSeconds) implements SignInOutcome {
    }

    /** The session, or the refusal the caller sees: 429 with a retry-after, else invalid credentials. */
    default Session session() {
        if (this instanceof SignedIn signedIn) {
            return signedIn.session();
        }
        if (this instanceof Throttled throttled) {
            throw new TooManyAttemptsException(throttled.retryAfterSeconds());
        }
        throw IdentityErrors.invalidCredentials();
    }
}
