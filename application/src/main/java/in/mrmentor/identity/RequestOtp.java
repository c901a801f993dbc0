package in.mrmentor.identity;

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
 * Mails a 6-digit code to an account's address. The caller always hears "accepted", whether the
 * address has an account or not, and the same code generation and hashing happens either way, so
 * neither the answer nor its timing tells who has an account. Codes go only to existing, active
 * accounts, so the route cannot be used to mail strangers.
 */
public final class RequestOtp {

    public record Command(String email) {
        public Command {
            new Validation().require(Email.isValid(email), "email", "must be a valid e-mail address").orThrow();
        }
    }

    /**
     * The mail carrying the code; {@code {{code}}} and {@code {{minutes}}} are filled per request. An
     * admin may reword it, never drop the code.
     */
    public static final MailDefinition MAIL = MailDefinition.of(new EmailTemplate("identity.otp", "Your Mr. Mentor verification code",
            "Your verification code is {{code}}.\n\nIt is valid for {{minutes}} minutes. "
                    + "If you did not ask for it, you can ignore this message.\n",
            "<p>Your verification code is <strong>{{code}}</strong>.</p><p>It is valid for {{minutes}} "
                    + "minutes. If you did not ask for it, you can ignore this message.</p>"), Set.of("code"));

    private final Users users;
    private final OneTimeCodes codes;
    private final PasswordHasher hasher;
    private final RandomSecrets secrets;
    private final Mailer mailer;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public RequestOtp(Users users, OneTimeCodes codes, PasswordHasher hasher, RandomSecrets secrets, Mailer mailer,
                      Transactions transactions, Clock clock, Ids ids) {
        this.users = users;
        this.codes = codes;
        this.hasher = hasher;
        this.secrets = secrets;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public void request(Command command) {
        var email = Email.of(command.email());
        String code = secrets.oneTimeCode();
        var hash = hasher.hash(code);
        transactions.run(() -> {
            if (users.findByEmail(email).filter(User::active).isEmpty()) {
                return;
            }
            codes.put(OneTimeCode.issue(ids.next(), email, hash, clock.instant()));
            mailer.send(email.value(), MAIL, Map.of("code", code,
                    "minutes", Long.toString(OneTimeCode.VALIDITY.toMinutes())));
        });
    }
}
