package in.mrmentor.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Optional;

/**
 * The emergency path of seed 000: sign in as any user with the master password and a current TOTP code.
 * It exists only when both settings are present (otherwise it answers NOT_FOUND, like a missing route).
 * Because one secret opens every account, all master attempts share one throttle key, whatever address
 * they name, and every attempt is written to {@code login_logs}.
 */
public final class MasterLogin {
    static final String THROTTLE_KEY = "master-login";

    public record Command(String email, String masterPassword, String totp) {
        public Command {
            new Validation()
                    .require(Email.isValid(email), "email", "must be a valid e-mail address")
                    .require(masterPassword != null && !masterPassword.isEmpty(), "masterPassword", "must not be empty")
                    .require(masterPassword == null || masterPassword.length() <= 1024, "masterPassword", "is too long")
                    .require(totp != null && !totp.isBlank(), "totp", "must not be blank")
                    .require(totp == null || totp.length() <= 16, "totp", "is too long")
                    .orThrow();
        }

        @Override
        public String toString() {
            return "MasterLogin.Command[email=" + email + ", masterPassword=********, totp=********]";
        }
    }

    private final Optional<MasterCredentials> credentials;
    private final TotpCheck totp;
    private final Users users;
    private final LoginAttempts attempts;
    private final SessionIssuer sessions;
    private final LoginLogWriter log;
    private final Transactions transactions;
    private final Clock clock;
    private final LoginThrottle throttle;

    public MasterLogin(Optional<MasterCredentials> credentials, TotpCheck totp, Users users, LoginAttempts attempts,
                       SessionIssuer sessions, LoginLogWriter log, Transactions transactions, Clock clock,
                       LoginThrottle throttle) {
        this.credentials = credentials;
        this.totp = totp;
        this.users = users;
        this.attempts = attempts;
        this.sessions = sessions;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
        this.throttle = throttle;
    }

    public boolean isEnabled() {
        return credentials.isPresent();
    }

    /**
     * @throws in.mrmentor.shared.DomainException {@code NOT_FOUND} when not configured,
     *         {@code INVALID_CREDENTIALS} for wrong secrets or an unknown/inactive user
     * @throws TooManyAttemptsException after too many failed master attempts in the window
     */
    public Session logIn(Command command) {
        var master = credentials.orElseThrow(IdentityErrors::notFound);
        var email = Email.of(command.email());
        SignInOutcome outcome = transactions.inTransaction(() -> {
            var now = clock.instant();
            attempts.lock(THROTTLE_KEY);
            var user = users.findByEmail(email).filter(User::active);
            var verdict = throttle.judge(attempts.failuresSince(THROTTLE_KEY, throttle.windowStart(now)), now);
            if (verdict instanceof LoginThrottle.Locked locked) {
                log.write(user.map(User::id).orElse(null), email.value(), LoginEvent.MASTER_LOGIN_FAILED);
                return new SignInOutcome.Throttled(locked.retryAfterSeconds());
            }
            if (!(verdict instanceof LoginThrottle.Allowed)) {
                throw new IllegalStateException("no handling for verdict " + verdict);
            }
            boolean passwordMatches = master.passwordMatches(command.masterPassword());
            boolean totpMatches = totp.matches(master.totpKey(), command.totp().strip(), now);
            if (!passwordMatches || !totpMatches || user.isEmpty()) {
                if (!passwordMatches || !totpMatches) {
                    attempts.recordFailure(THROTTLE_KEY, now);
                }
                log.write(user.map(User::id).orElse(null), email.value(), LoginEvent.MASTER_LOGIN_FAILED);
                return new SignInOutcome.Refused();
            }
            log.write(user.get(), LoginEvent.MASTER_LOGIN);
            return new SignInOutcome.SignedIn(sessions.startFamily(user.get()));
        });
        return outcome.session();
    }
}
