package in.mrmentor.cli;

import in.mrmentor.bootstrap.platform.Logging;
import in.mrmentor.bootstrap.Settings;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.bootstrap.settings.SupersededVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

/** The {@code mas} command line: one binary for serving, migrating and operating the platform. */
@Command(name = "mas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "MAS / Mr. Mentor backend: HTTP server and operations commands.",
        subcommands = {ServeCommand.class, StatusCommand.class, MigrateCommand.class, ConfigCommand.class, UsersCommand.class,
                QueuesCommand.class, TokensCommand.class, FinanceCommand.class, SlotsCommand.class, WithdrawalsCommand.class, OutboxCommand.class,
                AuditCommand.class, CleanupCommand.class, SeedCommand.class, HireCommand.class,
                ProgramsCommand.class, PapCommand.class, CrmCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nConfiguration%n",
        footer = {"Every command reads its settings from the environment (see README: Configuration).",
                "With DATABASE_URL unset it uses the embedded PostgreSQL under MAS_DATA_DIR (default ./.mas-data).",
                "",
                "Exit codes: 0 ok, 1 failure, 2 bad usage, input or configuration, 3 not found, 4 conflict."})
public final class Mas implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Mas.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print only warnings and errors on stderr, not INFO lines.")
    boolean quiet;

    private final Map<String, String> environment;
    private final InputStream stdin;

    Mas(Map<String, String> environment, InputStream stdin) {
        this.environment = Map.copyOf(environment);
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), args));
    }

    /** Runs a command against the given environment (tests pass their own instead of the process's). */
    public static int run(Map<String, String> environment, String... args) {
        return commandLine(environment, System.in).execute(args);
    }

    static CommandLine commandLine(Map<String, String> environment, InputStream stdin) {
        CommandLine commandLine = new CommandLine(new Mas(environment, stdin));
        commandLine.setExecutionExceptionHandler(new Failures());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(UUID.class, Mas::uuid);
        return commandLine;
    }

    /**
     * picocli's own conversion names the argument but appends the JDK's exception ("cannot convert ... to UUID
     * (java.lang.IllegalArgumentException: ...)"); this says what is wrong in plain words after the argument's name.
     */
    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a UUID (an id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301)");
        }
    }

    /** Standard input of this run (tests pass their own). */
    static InputStream stdin(CommandLine.Model.CommandSpec spec) {
        return ((Mas) spec.root().userObject()).stdin;
    }

    /** The wired backend for an operations command; migrations run first unless MIGRATE_ON_START=false. */
    static Backend backend(CommandLine.Model.CommandSpec spec) {
        return Backend.open(settings(spec));
    }

    /** The raw environment of this run, for the few commands that explain where a value comes from. */
    static Map<String, String> environment(CommandLine.Model.CommandSpec spec) {
        return ((Mas) spec.root().userObject()).environment;
    }

    /** The settings every command runs with, read from this command line's environment. */
    static Settings settings(CommandLine.Model.CommandSpec spec) {
        Mas root = (Mas) spec.root().userObject();
        Settings settings = SettingsReader.read(root.environment);
        Logging.apply(settings.logFormat());
        if (root.quiet) {
            Logging.quiet();
        }
        SupersededVariables.in(root.environment).forEach(LOG::warn);
        return settings;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
