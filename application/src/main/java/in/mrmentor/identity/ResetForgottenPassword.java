package in.mrmentor.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;

/**
 * Sets a new password with the code {@link RequestPasswordReset} mailed. The new password moves the
 * user's credential version, so every access token issued before stops at once, and every
 * refresh-token family ends. Wrong codes are counted per address: after
 * {@code AUTH_RESET_PASSWORD_MAX_ATTEMPTS} in {@code AUTH_RESET_PASSWORD_WINDOW_SECONDS} even the
 * right code is refused with 429 until the oldest failure leaves the window (as the login throttle
 * does), on top of the code's own five tries.
 */
public final class ResetForgottenPassword {
    static final String THROTTLE_PREFIX = "password-reset:";

    public record Command(String email, String code, String newPassword) {
        public Command {
            var validation = new Validation()
                    .require(Email.isValid(email), "email", "must be a valid e-mail address")
                    .require(code != null && !code.isBlank(), "code", "must not be blank")
                    .require(code == null || code.length() <= 32, "code", "is too long");
            PasswordPolicy.check(validation, "newPassword", newPassword).orThrow();
        }

        @Override
        public String toString() {
            return "ResetForgottenPassword.Command[email=" + email + ", code=********, newPassword=********]";
        }
    }

    private sealed interface Outcome {
        /** Throws the refusal only once the counted failure has committed. */
        void orThrow();
    }

    private record Done() implements Outcome {
        @Override
        public void orThrow() {
        }
    }

    private record Refused() implements Outcome {
        @Override
        public void orThrow() {
            throw IdentityErrors.invalidOtp();
        }
    }

    private record Throttled(long retryAfterSeconds) implements Outcome {
        @Override
        public void orThrow() {
            throw new TooManyAttemptsException(retryAfterSeconds);
        }
    }

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final LoginAttempts attempts;
    private final OneTimeCodeCheck check;
    private final PasswordHasher hasher;
    private final LoginLogWriter log;
    private final Transactions transactions;
    private final Clock clock;
    private final LoginThrottle throttle;

    public ResetForgottenPassword(Users users, RefreshTokens refreshTokens, OneTimeCodes codes, LoginAttempts attempts,
                                  PasswordHasher hasher, LoginLogWriter log, Transactions transactions, Clock clock,
                                  LoginThrottle throttle) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.attempts = attempts;
        this.check = new OneTimeCodeCheck(codes, hasher);
        this.hasher = hasher;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
        this.throttle = throttle;
    }

    /**
     * @throws in.mrmentor.shared.DomainException {@code INVALID_OTP} for a wrong, expired or missing code
     * @throws TooManyAttemptsException after too many wrong codes for the address in the window
     */
    public void reset(Command command) {
        var email = Email.of(command.email());
        String guess = command.code().strip();
        // Hashing is slow on purpose; do it before the transaction so no row waits for it.
        var hash = hasher.hash(command.newPassword());
        Outcome outcome = transactions.inTransaction(() -> {
            String key = THROTTLE_PREFIX + email.value();
            var now = clock.instant();
            attempts.lock(key);
            var verdict = throttle.judge(attempts.failuresSince(key, throttle.windowStart(now)), now);
            if (verdict instanceof LoginThrottle.Locked locked) {
                return new Throttled(locked.retryAfterSeconds());
            }
            var user = users.findByEmail(email).filter(User::active);
            if (!check.consume(email, OneTimeCode.Purpose.PASSWORD_RESET, guess, now) || user.isEmpty()) {
                attempts.recordFailure(key, now);
                return new Refused();
            }
            users.replace(user.get().withPassword(hash, now));
            refreshTokens.revokeAllOf(user.get().id(), now);
            attempts.clear(key);
            log.write(user.get(), LoginEvent.PASSWORD_RESET);
            return new Done();
        });
        outcome.orThrow();
    }
}
