package in.mrmentor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the HTTP server (PORT, default 8000) until SIGTERM or Ctrl-C.",
                "Applies pending migrations first unless MIGRATE_ON_START=false.",
                "On SIGTERM in-flight requests finish (SHUTDOWN_TIMEOUT_SECONDS), then the pool and the embedded database stop."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("wired once the HTTP adapter lands");
    }
}
