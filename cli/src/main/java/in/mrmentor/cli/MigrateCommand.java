package in.mrmentor.cli;

import in.mrmentor.bootstrap.platform.DatabaseRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        description = {"Apply pending database migrations (Flyway, versioned scripts only) and print the schema version.",
                "Safe to run repeatedly and from several machines: Flyway serialises concurrent runs."})
final class MigrateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (DatabaseRuntime runtime = DatabaseRuntime.open(Mas.settings(spec), null)) {
            var result = runtime.migrate();
            spec.commandLine().getOut().printf("Schema is at version %s; %d migration(s) applied.%n",
                    runtime.database().schemaVersion(), result.migrationsExecuted);
        }
        return ExitCode.OK;
    }
}
