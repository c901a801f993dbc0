package in.mrmentor.identity;

/**
 * What a sign-in attempt decided inside its transaction. A refusal still commits (the failed attempt
 * and its log line must be kept), so the exception is thrown only after the commit, by {@link #session()}.
 */
sealed interface SignInOutcome {

    /** The session, or the refusal the caller sees: 429 with a retry-after, or invalid credentials. */
    Session session();

    record SignedIn(Session session) implements SignInOutcome {
    }

    record Refused() implements SignInOutcome {
        @Override
        public Session session() {
            throw IdentityErrors.invalidCredentials();
        }
    }

    record Throttled(long retryAfterSeconds) implements SignInOutcome {
        @Override
        public Session session() {
            throw new TooManyAttemptsException(retryAfterSeconds);
        }
    }
}
