package in.mrmentor.identity;

import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;

/** A student creates their own account (role USER) and is signed in at once (seed 003, journey 1). */
public final class SignUp {

    public record Command(String email, String password, String name, String phone) {
        public Command {
            var validation = new Validation()
                    .require(Email.isValid(email), "email", "must be a valid e-mail address");
            PasswordPolicy.check(validation, "password", password);
            User.checkProfile(validation, name, phone).orThrow();
        }

        @Override
        public String toString() {
            return "SignUp.Command[email=" + email + ", name=" + name + ", password=********]";
        }
    }

    private final Users users;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final NewUserHook newUserHook;
    private final LoginLogWriter log;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public SignUp(Users users, PasswordHasher hasher, SessionIssuer sessions, NewUserHook newUserHook,
                  LoginLogWriter log, Transactions transactions, Clock clock, Ids ids) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.newUserHook = newUserHook;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Session signUp(Command command) {
        var email = Email.of(command.email());
        // Hashing is slow on purpose; do it before the transaction so no row or connection waits for it.
        var hash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            if (users.findByEmail(email).isPresent()) {
                throw IdentityErrors.emailTaken();
            }
            var user = User.register(ids.next(), email, command.name().strip(), blankToNull(command.phone()),
                    Role.USER, hash, clock.instant());
            users.add(user);
            newUserHook.created(new NewUserHook.NewUser(user.id(), user.role(), NewUserHook.Origin.SIGNUP));
            log.write(user, LoginEvent.SIGNUP);
            return sessions.startFamily(user);
        });
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
