package in.mrmentor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MasHelpAndUsageTest {

    @TempDir
    Path dataDir;

    @Test
    void helpListsTheCommandsAndExplainsExitCodes() {
        var run = CommandLineRun.of(Map.of(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("serve", "migrate", "config", "Exit codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "migrate", "config", "config set", "config list", "config get", "config delete", "users", "users create", "users list", "users reset-password", "queues", "queues stats", "queues dead", "queues retry-dead",
            "status", "users show", "users deactivate", "users activate", "users set-role", "users unlock", "tokens ledger",
            "slots", "slots list", "withdrawals", "withdrawals list", "withdrawals approve", "withdrawals reject",
            "withdrawals paid", "outbox", "outbox list", "outbox show", "outbox resend"})
    void everyCommandHasItsOwnHelp(String command) {
        String[] args = (command + " --help").split(" ");

        var run = CommandLineRun.of(Map.of(), args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: mas " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"config", "users", "queues", "tokens", "audit", "cleanup", "programs", "pap"})
    void aBareCommandGroupShowsItsUsage(String group) {
        var run = CommandLineRun.of(Map.of(), group);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: mas " + group).contains("Commands:");
    }

    /** The parent's command list shows the first line of each description: it must be a whole sentence. */
    @Test
    void everyCommandSummaryIsAWholeSentence() {
        List<String> cut = new ArrayList<>();
        collectCutSummaries(Mas.commandLine(Map.of(), InputStream.nullInputStream()), cut);

        assertThat(cut).isEmpty();
    }

    private static void collectCutSummaries(CommandLine command, List<String> cut) {
        for (CommandLine sub : command.getSubcommands().values()) {
            String[] description = sub.getCommandSpec().usageMessage().description();
            String summary = description.length == 0 ? "" : description[0].strip();
            if (!summary.endsWith(".") && !summary.endsWith(")")) {
                cut.add(sub.getCommandSpec().qualifiedName() + ": " + summary);
            }
            collectCutSummaries(sub, cut);
        }
    }

    /** README: every list command takes --json and pages with --limit/--cursor (vendor keys are too few to page). */
    @Test
    void everyListCommandTakesJsonAndPages() {
        List<String> missing = new ArrayList<>();
        collectListCommandsMissingOptions(Mas.commandLine(Map.of(), InputStream.nullInputStream()), missing);

        assertThat(missing).isEmpty();
    }

    private static void collectListCommandsMissingOptions(CommandLine command, List<String> missing) {
        for (CommandLine sub : command.getSubcommands().values()) {
            var spec = sub.getCommandSpec();
            if (spec.name().equals("list")) {
                List<String> wanted = spec.qualifiedName().equals("mas crm vendor-keys list")
                        ? List.of("--json") : List.of("--json", "--limit", "--cursor");
                wanted.stream().filter(option -> spec.findOption(option) == null)
                        .forEach(option -> missing.add(spec.qualifiedName() + " " + option));
            }
            collectListCommandsMissingOptions(sub, missing);
        }
    }

    @Test
    void tokensBalanceTakesJson() {
        assertThat(CommandLineRun.of(Map.of(), "tokens", "balance", "--help").out()).contains("--json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"users show", "outbox show", "tokens balance"})
    void aCommandShowingOneRecordSaysItsJsonIsOneObject(String command) {
        var help = CommandLineRun.of(Map.of(), (command + " --help").split(" "));

        assertThat(help.out()).contains("--json", "one object").doesNotContain("one array");
    }

    @ParameterizedTest
    @ValueSource(strings = {"users list", "outbox list", "tokens ledger", "queues stats"})
    void aListCommandSaysItsJsonIsOneArray(String command) {
        assertThat(CommandLineRun.of(Map.of(), (command + " --help").split(" ")).out()).contains("one array");
    }

    @Test
    void aBadUuidOptionNamesTheOptionWithoutJavaClassNames() {
        var run = CommandLineRun.of(Map.of(), "users", "show", "--id", "not-a-uuid");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--id", "'not-a-uuid' is not a UUID").doesNotContain("java.", "Exception");
    }

    @Test
    void aBadUuidParameterNamesTheParameterWithoutJavaClassNames() {
        var run = CommandLineRun.of(Map.of(), "outbox", "show", "12345");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ID", "'12345' is not a UUID").doesNotContain("java.", "Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "seed", "users list", "users set-role", "tokens ledger", "outbox show", "config set",
            "crm import", "queues"})
    void theMostUsedCommandsShowExamples(String command) {
        var help = CommandLineRun.of(Map.of(), (command + " --help").split(" "));

        assertThat(help.out()).contains("Examples:", "  mas " + command);
    }

    /** An example that no longer parses (a renamed option, a missing value) fails here, not in an operator's shell. */
    @Test
    void everyExampleParses() {
        List<String> examples = new ArrayList<>();
        collectExamples(Mas.commandLine(Map.of(), InputStream.nullInputStream()), examples);

        assertThat(examples).hasSizeGreaterThanOrEqualTo(20);
        for (String example : examples) {
            String[] args = example.substring("mas ".length()).split(" ");
            var commandLine = Mas.commandLine(Map.of(), InputStream.nullInputStream());
            try {
                commandLine.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError("example does not parse: " + example + ": " + e.getMessage(), e);
            }
        }
    }

    private static void collectExamples(CommandLine command, List<String> examples) {
        for (CommandLine sub : command.getSubcommands().values()) {
            for (String line : sub.getCommandSpec().usageMessage().footer()) {
                // A shell line: leading variable assignments and a trailing redirection are not mas's arguments.
                String example = line.strip().replaceFirst("^([A-Z_]+=\\S+ )+", "").split(" [<>|] ")[0];
                if (example.startsWith("mas ")) {
                    examples.add(example);
                }
            }
            collectExamples(sub, examples);
        }
    }

    @Test
    void usersListSaysTheOrderItLists() {
        assertThat(CommandLineRun.of(Map.of(), "users", "list", "--help").out()).contains("oldest first")
                .doesNotContain("newest first");
    }

    @Test
    void anUnknownOptionExitsTwoWithAClearMessage() {
        var run = CommandLineRun.of(Map.of(), "migrate", "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void anUnknownCommandExitsTwo() {
        assertThat(CommandLineRun.of(Map.of(), "fly").exitCode()).isEqualTo(2);
    }

    @Test
    void productionWithoutJwtSecretExitsTwoNamingItAndPrintsNoSecret() {
        var run = CommandLineRun.of(Map.of("APP_ENV", "production", "MAS_DATA_DIR", dataDir.toString(),
                "DATABASE_URL", "postgres://mas:Very-Secret-Db-Pass@db:5432/mas"), "migrate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("JWT_SECRET").doesNotContain("Very-Secret-Db-Pass");
    }

    @Test
    void anUnreadableFlagExitsTwoNamingIt() {
        var run = CommandLineRun.of(Map.of("ENABLE_TOKEN_REQUEST_FLOW", "maybe", "MAS_DATA_DIR", dataDir.toString()),
                "migrate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ENABLE_TOKEN_REQUEST_FLOW");
    }
}
