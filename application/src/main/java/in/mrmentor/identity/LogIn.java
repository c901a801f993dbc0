package in.mrmentor.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;

/**
 * Sign-in with e-mail and password. An unknown address, a wrong password and an inactive account get
 * the same answer after the same bcrypt work; failures are counted per address in the database, and
 * past {@link LoginThrottle#maxAttempts()} in the window even the right password is refused.
 */
public final class LogIn {
    // Hashed once so an unknown address costs the same bcrypt comparison as a known one.
    private static final String DUMMY_PASSWORD = "no account has this password, it only spends time";

    public record Command(String email, String password) {
        public Command {
            new Validation()
                    .require(Email.isValid(email), "email", "must be a valid e-mail address")
                    .require(password != null && !password.isEmpty(), "password", "must not be empty")
                    .require(password == null || password.length() <= PasswordPolicy.MAX_LENGTH, "password",
                            "must be at most " + PasswordPolicy.MAX_LENGTH + " characters")
                    .orThrow();
        }

        @Override
        public String toString() {
            return "LogIn.Command[email=" + email + ", password=********]";
        }
    }

    private final Users users;
    private final LoginAttempts attempts;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final LoginLogWriter log;
    private final Transactions transactions;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final PasswordHash dummyHash;

    public LogIn(Users users, LoginAttempts attempts, PasswordHasher hasher, SessionIssuer sessions,
                 LoginLogWriter log, Transactions transactions, Clock clock, LoginThrottle throttle) {
        this.users = users;
        this.attempts = attempts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
        this.throttle = throttle;
        this.dummyHash = hasher.hash(DUMMY_PASSWORD);
    }

    /**
     * @throws TooManyAttemptsException when the address is locked, whatever the password
     * @throws in.mrmentor.shared.DomainException {@code INVALID_CREDENTIALS} for any other refusal
     */
    public Session logIn(Command command) {
        var email = Email.of(command.email());
        String key = email.value();
        // The failure must be committed before refusing, so the outcome leaves the transaction as a value.
        SignInOutcome outcome = transactions.inTransaction(() -> {
            var now = clock.instant();
            attempts.lock(key);
            var user = users.findByEmail(email);
            var verdict = throttle.judge(attempts.failuresSince(key, throttle.windowStart(now)), now);
            if (verdict instanceof LoginThrottle.Locked locked) {
                log.write(user.map(User::id).orElse(null), key, LoginEvent.LOGIN_THROTTLED);
                return new SignInOutcome.Throttled(locked.retryAfterSeconds());
            }
            if (!(verdict instanceof LoginThrottle.Allowed)) {
                throw new IllegalStateException("no handling for verdict " + verdict);
            }
            boolean passwordMatches = hasher.matches(command.password(), user.map(User::passwordHash).orElse(dummyHash));
            if (user.isEmpty() || !user.get().active() || !passwordMatches) {
                attempts.recordFailure(key, now);
                log.write(user.map(User::id).orElse(null), key, LoginEvent.LOGIN_FAILED);
                return new SignInOutcome.Refused();
            }
            attempts.clear(key);
            log.write(user.get(), LoginEvent.LOGIN);
            return new SignInOutcome.SignedIn(sessions.startFamily(user.get()));
        });
        return outcome.session();
    }
}
