package in.mrmentor.cli;

import in.mrmentor.bootstrap.config.ConfigModule;
import in.mrmentor.config.ConfigEntry;
import in.mrmentor.config.KnownConfigKeys;
import in.mrmentor.config.UpsertConfig;
import in.mrmentor.http.config.SystemConfigRoutes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "config",
        mixinStandardHelpOptions = true,
        description = "Read and change the runtime configuration rows (system_configs). Secret values are stored encrypted and shown masked.",
        subcommands = {ConfigCommand.ListRows.class, ConfigCommand.GetRow.class, ConfigCommand.SetRow.class, ConfigCommand.DeleteRow.class})
final class ConfigCommand extends CommandGroup {

    static void print(PrintWriter out, List<ConfigEntry> entries) {
        out.printf("%-40s %-8s %-7s %s%n", "KEY", "ACTIVE", "SECRET", "VALUE");
        for (ConfigEntry entry : entries) {
            out.printf("%-40s %-8s %-7s %s%n", entry.key(), entry.active() ? "yes" : "no", entry.secret() ? "yes" : "no",
                    entry.value());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rows, ordered by key.")
    static final class ListRows implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        Paging paging;

        @CommandLine.Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var page = backend.module(ConfigModule.class).listConfigs.page(paging.limit, paging.cursor);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, page.items().stream().map(SystemConfigRoutes.EntryView::of).toList());
                } else {
                    print(out, page.items());
                }
                Paging.printNext(spec.commandLine().getErr(), page.nextCursor());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one row (exit 3 when the key does not exist).")
    static final class GetRow implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "KEY", description = "The configuration key.")
        String key;

        @Option(names = "--effective",
                description = "Show the value in force and its tier: the active row, else the environment variable, else the default.")
        boolean effective;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                if (effective) {
                    var explained = backend.module(ConfigModule.class).explainSetting(Mas.environment(spec)).explain(key);
                    PrintWriter out = spec.commandLine().getOut();
                    out.println("key:    " + explained.key());
                    out.println("value:  " + (explained.value() == null ? "(unset)" : explained.value()));
                    out.println("tier:   " + explained.tier());
                    out.println("source: " + explained.source());
                    return ExitCode.OK;
                }
                ConfigEntry entry = backend.module(ConfigModule.class).listConfigs.get(key);
                PrintWriter out = spec.commandLine().getOut();
                out.println("key:         " + entry.key());
                out.println("value:       " + entry.value());
                out.println("label:       " + (entry.label() == null ? "" : entry.label()));
                out.println("description: " + (entry.description() == null ? "" : entry.description()));
                out.println("secret:      " + entry.secret());
                out.println("active:      " + entry.active());
                out.println("updated:     " + entry.updatedAt());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Create or change the row for KEY.",
                    "For secrets prefer --value-stdin, so the value stays out of shell history and process lists."},
            footerHeading = "%nExamples:%n",
            footer = {"  mas config set global_auto_screen_on_apply true",
                    "  # a secret, read from a file instead of the command line",
                    "  mas config set mas101_leegality_sandbox_auth_token --value-stdin --secret < token.txt",
                    "  # keep the row but stop it taking effect",
                    "  mas config set global_auto_screen_on_apply true --no-active"})
    static final class SetRow implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KEY", description = "Letters, digits, '_', '.', '-'.")
        String key;

        @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "The value (or use --value-stdin).")
        String value;

        @Option(names = "--value-stdin", description = "Read the value from standard input (first line).")
        boolean valueFromStdin;

        @Option(names = "--label", description = "Human label.")
        String label;

        @Option(names = "--description", description = "What the setting does.")
        String description;

        @Option(names = "--secret", negatable = true, description = "Store encrypted and never serve it publicly (--no-secret to clear).")
        Boolean secret;

        @Option(names = "--active", negatable = true, description = "Whether the row is in effect (--no-active keeps it stored but unset).")
        Boolean active;

        @Option(names = "--force", description = "Store a key nothing is known to read (else exit 2 UNKNOWN_CONFIG_KEY).")
        boolean force;

        @Override
        public Integer call() throws IOException {
            if (valueFromStdin == (value != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Give either VALUE or --value-stdin.");
            }
            String effective = valueFromStdin ? SecretInput.firstLineOf(Mas.stdin(spec)) : value;
            var command = new UpsertConfig.Command(key, effective, label, description, secret, active);
            try (Backend backend = Mas.backend(spec)) {
                ConfigModule config = backend.module(ConfigModule.class);
                if (!force && !config.isKnownKey(key)) {
                    throw KnownConfigKeys.unknown(key);
                }
                print(spec.commandLine().getOut(), List.of(config.upsertConfig.upsert(command)));
            }
            return ExitCode.OK;
        }

    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete the row for KEY (exit 3 when there is none).")
    static final class DeleteRow implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "KEY")
        String key;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                backend.module(ConfigModule.class).deleteConfig.deleteByKey(key);
                spec.commandLine().getOut().println("Deleted " + key + ".");
            }
            return ExitCode.OK;
        }
    }

}
