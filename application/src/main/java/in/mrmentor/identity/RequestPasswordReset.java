package in.mrmentor.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.RandomSecrets;
import in.mrmentor.identity.port.Users;
import in.mrmentor.mail.EmailTemplate;
import in.mrmentor.mail.Mailer;
import in.mrmentor.mail.MailDefinition;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * "Forgot password": mails a 6-digit reset code ({@link OneTimeCode.Purpose#PASSWORD_RESET}, 10 minutes,
 * 5 tries) to an existing, active account. The caller always hears "accepted", and the same code
 * generation and hashing happens for every address, so the answer tells nobody who has an account.
 * At most {@code AUTH_FORGOT_PASSWORD_MAX_ATTEMPTS} requests per address count in a sliding
 * {@code AUTH_FORGOT_PASSWORD_WINDOW_SECONDS}; past that the request is still accepted but nothing is
 * mailed, so the route cannot flood someone's mailbox. The requests are counted in the shared
 * {@link LoginAttempts} store under their own key, so N servers count together.
 */
public final class RequestPasswordReset {
    static final String THROTTLE_PREFIX = "password-forgot:";

    public record Command(String email) {
        public Command {
            new Validation().require(Email.isValid(email), "email", "must be a valid e-mail address").orThrow();
        }
    }

    /**
     * The mail carrying the code; {@code {{code}}} and {@code {{minutes}}} are filled per request. An
     * admin may reword it, never drop the code.
     */
    public static final MailDefinition MAIL = MailDefinition.of(new EmailTemplate("identity.password-reset",
            "Your Mr. Mentor password reset code",
            "Your password reset code is {{code}}.\n\nIt is valid for {{minutes}} minutes. "
                    + "If you did not ask to reset your password, you can ignore this message; your password is unchanged.\n",
            "<p>Your password reset code is <strong>{{code}}</strong>.</p><p>It is valid for {{minutes}} minutes. "
                    + "If you did not ask to reset your password, you can ignore this message; your password is "
                    + "unchanged.</p>"), Set.of("code"));

    private final Users users;
    private final OneTimeCodes codes;
    private final LoginAttempts requests;
    private final PasswordHasher hasher;
    private final RandomSecrets secrets;
    private final Mailer mailer;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;
    private final LoginThrottle limit;

    /** @param limit at most this many requests per address in its window */
    public RequestPasswordReset(Users users, OneTimeCodes codes, LoginAttempts requests, PasswordHasher hasher,
                                RandomSecrets secrets, Mailer mailer, Transactions transactions, Clock clock, Ids ids,
                                LoginThrottle limit) {
        this.users = users;
        this.codes = codes;
        this.requests = requests;
        this.hasher = hasher;
        this.secrets = secrets;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.limit = limit;
    }

    public void request(Command command) {
        var email = Email.of(command.email());
        String code = secrets.oneTimeCode();
        var hash = hasher.hash(code);
        transactions.run(() -> {
            String key = THROTTLE_PREFIX + email.value();
            var now = clock.instant();
            requests.lock(key);
            if (limit.judge(requests.failuresSince(key, limit.windowStart(now)), now) instanceof LoginThrottle.Locked) {
                return;
            }
            requests.recordFailure(key, now);
            if (users.findByEmail(email).filter(User::active).isEmpty()) {
                return;
            }
            codes.put(OneTimeCode.issue(ids.next(), email, hash, now, OneTimeCode.Purpose.PASSWORD_RESET));
            mailer.send(email.value(), MAIL, Map.of("code", code,
                    "minutes", Long.toString(OneTimeCode.VALIDITY.toMinutes())));
        });
    }
}
