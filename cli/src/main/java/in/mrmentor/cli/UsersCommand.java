package in.mrmentor.cli;

import in.mrmentor.bootstrap.identity.IdentityModule;
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
import java.util.concurrent.Callable;

@Command(name = "users",
        mixinStandardHelpOptions = true,
        description = "Create, list and reset the passwords of user accounts.",
        subcommands = {UsersCommand.Create.class, UsersCommand.ListAll.class, UsersCommand.ResetPasswordOf.class})
final class UsersCommand extends CommandGroup {

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

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users, newest first.")
    static final class ListAll implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--role", description = "Only this role: ${COMPLETION-CANDIDATES}.")
        Role role;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var listUsers = backend.module(IdentityModule.class).listUsers;
                PrintWriter out = spec.commandLine().getOut();
                printHeader(out);
                String cursor = null;
                do {
                    var page = listUsers.list(new ListUsers.Query(role, ListUsers.MAX_LIMIT, cursor));
                    page.items().forEach(user -> print(out, user));
                    cursor = page.nextCursor();
                } while (cursor != null);
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
