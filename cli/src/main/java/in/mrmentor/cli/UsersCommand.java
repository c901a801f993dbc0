package in.mrmentor.cli;

import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.identity.ChangeUserAccess;
import in.mrmentor.identity.CreateUser;
import in.mrmentor.identity.ListUsers;
import in.mrmentor.identity.ResetPassword;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.UserView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "users",
        mixinStandardHelpOptions = true,
        description = "Create, list, show, deactivate and unlock user accounts, change roles and reset passwords.",
        subcommands = {UsersCommand.Create.class, UsersCommand.ListAll.class, UsersCommand.Show.class,
                UsersCommand.Deactivate.class, UsersCommand.Activate.class, UsersCommand.SetRole.class,
                UsersCommand.Unlock.class, UsersCommand.ResetPasswordOf.class})
final class UsersCommand extends CommandGroup {

    /** Which user: by e-mail address or by id, exactly one of them. */
    static final class Who {
        @Option(names = "--email", required = true, description = "The user's e-mail address.")
        String email;

        @Option(names = "--id", required = true, description = "The user's id.")
        UUID id;

        UserView find(IdentityModule identity) {
            return id != null ? identity.showUser.byId(id) : identity.showUser.byEmail(email);
        }
    }

    static void printOne(PrintWriter out, UserView user) {
        out.println("id:      " + user.id());
        out.println("email:   " + user.email());
        out.println("name:    " + user.name());
        out.println("phone:   " + (user.phone() == null ? "" : user.phone()));
        out.println("role:    " + user.role());
        out.println("active:  " + user.active());
        out.println("created: " + user.createdAt());
    }

    static void printHeader(PrintWriter out) {
        out.printf("%-36s %-11s %-40s %s%n", "ID", "ROLE", "EMAIL", "NAME");
    }

    static void print(PrintWriter out, UserView user) {
        out.printf("%-36s %-11s %-40s %s%n", user.id(), user.role(), user.email(), user.name());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a user of any role (ops act as SUPERADMIN).",
                    "Without --password-stdin a strong password is generated and printed once."})
    static final class Create implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--email", required = true, description = "E-mail address (unique, any case).")
        String email;

        @Option(names = "--name", required = true, description = "Display name.")
        String name;

        @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
        Role role;

        @Option(names = "--phone", description = "Phone number.")
        String phone;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        @Override
        public Integer call() throws IOException {
            String password = passwordFromStdin ? SecretInput.firstLineOf(Mas.stdin(spec)) : SecretInput.generate();
            var command = new CreateUser.Command(email, password, name, role, phone);
            try (Backend backend = Mas.backend(spec)) {
                UserView user = backend.module(IdentityModule.class).createUser.create(Role.SUPERADMIN, command);
                PrintWriter out = spec.commandLine().getOut();
                printHeader(out);
                print(out, user);
                if (!passwordFromStdin) {
                    out.println("Generated password (shown once): " + password);
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List users, oldest first (the order of GET /api/admin/users).",
            footerHeading = "%nExamples:%n",
            footer = {"  mas users list --role EXPERT",
                    "  # all users as JSON, 200 a page; the next page's cursor is printed on stderr",
                    "  mas users list --json --limit 200",
                    "  mas users list --json --limit 200 --cursor CURSOR"})
    static final class ListAll implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        Paging paging;

        @CommandLine.Mixin
        JsonOutput json;

        @Option(names = "--role", description = "Only this role: ${COMPLETION-CANDIDATES}.")
        Role role;

        @Override
        public Integer call() {
            var query = new ListUsers.Query(role, paging.limit, paging.cursor);
            try (Backend backend = Mas.backend(spec)) {
                var page = backend.module(IdentityModule.class).listUsers.list(query);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, page.items());
                } else {
                    printHeader(out);
                    page.items().forEach(user -> print(out, user));
                }
                Paging.printNext(spec.commandLine().getErr(), page.nextCursor());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one user (exit 3 when there is none).")
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ArgGroup(multiplicity = "1")
        Who who;

        @CommandLine.Mixin
        JsonOutput.OneObject json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                UserView user = who.find(backend.module(IdentityModule.class));
                if (json.enabled) {
                    JsonOutput.print(spec.commandLine().getOut(), user);
                } else {
                    printOne(spec.commandLine().getOut(), user);
                }
            }
            return ExitCode.OK;
        }
    }

    /** Deactivate and activate differ only in the state they set. */
    abstract static class ChangeStatus implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ArgGroup(multiplicity = "1")
        Who who;

        abstract boolean active();

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                IdentityModule identity = backend.module(IdentityModule.class);
                UserView user = identity.changeUserAccess.change(Role.SUPERADMIN, who.find(identity).id(),
                        new ChangeUserAccess.Command(active(), null, null));
                spec.commandLine().getOut().printf("%s is %s; every session and access token of the user has ended.%n",
                        user.email(), user.active() ? "active" : "deactivated");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = {"Deactivate a user: sign-in is refused and every token ends at once.",
                    "Only what the user holds changes; their data stays."})
    static final class Deactivate extends ChangeStatus {
        @Override
        boolean active() {
            return false;
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true,
            description = "Activate a deactivated user again; they sign in anew.")
    static final class Activate extends ChangeStatus {
        @Override
        boolean active() {
            return true;
        }
    }

    @Command(name = "set-role", mixinStandardHelpOptions = true,
            description = {"Give a user another role; the tokens issued under the old role end at once.",
                    "The CLI acts as SUPERADMIN, so it may make administrators."},
            footerHeading = "%nExamples:%n",
            footer = {"  mas users set-role --email asha@example.com --role EXPERT",
                    "  mas users set-role --id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 --role ADMIN"})
    static final class SetRole implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ArgGroup(multiplicity = "1")
        Who who;

        @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
        Role role;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                IdentityModule identity = backend.module(IdentityModule.class);
                UserView user = identity.changeUserAccess.change(Role.SUPERADMIN, who.find(identity).id(),
                        new ChangeUserAccess.Command(null, role, null));
                spec.commandLine().getOut().printf("%s is now %s; every session and access token of the user has ended.%n",
                        user.email(), user.role());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = {"Clear the login throttle of an e-mail address.",
                    "A user locked out by failed attempts (429 TOO_MANY_ATTEMPTS) may sign in again at once."})
    static final class Unlock implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--email", required = true, description = "The e-mail address that was locked.")
        String email;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                int cleared = backend.module(IdentityModule.class).unlockLogin.unlock(email);
                spec.commandLine().getOut().printf("Cleared %d failed sign-in attempt(s) of %s.%n", cleared,
                        email.trim().toLowerCase(java.util.Locale.ROOT));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = {"Set a new password and sign the user out everywhere.",
                    "Without --password-stdin a strong password is generated and printed once."})
    static final class ResetPasswordOf implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--email", required = true, description = "The user's e-mail address.")
        String email;

        @Option(names = "--password-stdin", description = "Read the new password from the first line of standard input.")
        boolean passwordFromStdin;

        @Override
        public Integer call() throws IOException {
            String password = passwordFromStdin ? SecretInput.firstLineOf(Mas.stdin(spec)) : SecretInput.generate();
            var command = new ResetPassword.Command(email, password);
            try (Backend backend = Mas.backend(spec)) {
                UserView user = backend.module(IdentityModule.class).resetPassword.reset(command);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Password reset for " + user.email() + "; existing sessions are signed out.");
                if (!passwordFromStdin) {
                    out.println("Generated password (shown once): " + password);
                }
            }
            return ExitCode.OK;
        }
    }
}
