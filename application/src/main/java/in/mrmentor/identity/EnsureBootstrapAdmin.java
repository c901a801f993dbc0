package in.mrmentor.identity;

import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;

/**
 * At start-up, creates a SUPERADMIN from {@code ADMIN_EMAIL} / {@code ADMIN_PASSWORD} when no account
 * has that address. Idempotent: an existing account is left exactly as it is (its password is not
 * reset to the environment's, which is only an initial password), and two processes starting at once
 * end with one account.
 */
public final class EnsureBootstrapAdmin {
    public static final String DEFAULT_NAME = "Administrator";

    /** Both null means "not configured"; one without the other is a configuration mistake. */
    public record Command(String email, String password, String name) {
        public Command {
            boolean configured = present(email) || present(password);
            if (configured) {
                var validation = new Validation()
                        .require(Email.isValid(email), "ADMIN_EMAIL", "must be a valid e-mail address");
                PasswordPolicy.check(validation, "ADMIN_PASSWORD", password).orThrow();
            }
        }

        boolean configured() {
            return present(email);
        }

        String nameOrDefault() {
            return present(name) ? name.strip() : DEFAULT_NAME;
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }

        @Override
        public String toString() {
            return "EnsureBootstrapAdmin.Command[email=" + email + ", password=********]";
        }
    }

    public sealed interface Outcome {
    }

    public record Created(UserView admin) implements Outcome {
    }

    public record AlreadyPresent(UserView user) implements Outcome {
    }

    public record NotConfigured() implements Outcome {
    }

    private final Users users;
    private final PasswordHasher hasher;
    private final NewUserHook newUserHook;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public EnsureBootstrapAdmin(Users users, PasswordHasher hasher, NewUserHook newUserHook, Transactions transactions,
                                Clock clock, Ids ids) {
        this.users = users;
        this.hasher = hasher;
        this.newUserHook = newUserHook;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Outcome ensure(Command command) {
        if (!command.configured()) {
            return new NotConfigured();
        }
        var email = Email.of(command.email());
        var existing = users.findByEmail(email);
        if (existing.isPresent()) {
            return new AlreadyPresent(UserView.of(existing.get()));
        }
        var hash = hasher.hash(command.password());
        try {
            return transactions.inTransaction(() -> {
                var admin = User.register(ids.next(), email, command.nameOrDefault(), null, Role.SUPERADMIN, hash,
                        clock.instant());
                users.add(admin);
                newUserHook.created(new NewUserHook.NewUser(admin.id(), admin.role(), NewUserHook.Origin.BOOTSTRAP));
                return new Created(UserView.of(admin));
            });
        } catch (DomainException e) {
            if (!IdentityErrors.EMAIL_TAKEN.equals(e.code())) {
                throw e;
            }
            // Another process created it between our look and our insert.
            return new AlreadyPresent(UserView.of(users.findByEmail(email).orElseThrow(() -> e)));
        }
    }
}
