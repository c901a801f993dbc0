package in.mrmentor.identity;

import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.identity.port.PasswordHasher;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Arrays;

/** An administrator (or the CLI, acting as SUPERADMIN) creates an account of any role they may create. */
public final class CreateUser {

    public record Command(String email, String password, String name, Role role, String phone) {
        public Command {
            var validation = new Validation()
                    .require(Email.isValid(email), "email", "must be a valid e-mail address")
                    .require(role != null, "role", "must be one of " + Arrays.toString(Role.values()));
            PasswordPolicy.check(validation, "password", password);
            User.checkProfile(validation, name, phone).orThrow();
        }

        @Override
        public String toString() {
            return "CreateUser.Command[email=" + email + ", name=" + name + ", role=" + role + ", password=********]";
        }
    }

    private final Users users;
    private final PasswordHasher hasher;
    private final NewUserHook newUserHook;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CreateUser(Users users, PasswordHasher hasher, NewUserHook newUserHook, Transactions transactions,
                      Clock clock, Ids ids) {
        this.users = users;
        this.hasher = hasher;
        this.newUserHook = newUserHook;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @param actor the role of whoever asks; only SUPERADMIN may create ADMIN or SUPERADMIN
     * @throws in.mrmentor.shared.DomainException {@code FORBIDDEN}, {@code EMAIL_TAKEN}
     */
    public UserView create(Role actor, Command command) {
        if (!AccountCreationPolicy.mayCreate(actor, command.role())) {
            throw IdentityErrors.forbidden("Your role may not create a " + command.role() + " account.");
        }
        var email = Email.of(command.email());
        var hash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            if (users.findByEmail(email).isPresent()) {
                throw IdentityErrors.emailTaken();
            }
            var user = User.register(ids.next(), email, command.name().strip(), SignUp.blankToNull(command.phone()),
                    command.role(), hash, clock.instant());
            users.add(user);
            newUserHook.created(new NewUserHook.NewUser(user.id(), user.role(), NewUserHook.Origin.ADMIN));
            return UserView.of(user);
        });
    }
}
