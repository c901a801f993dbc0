package in.mrmentor.cli;

import in.mrmentor.bootstrap.MasServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the HTTP server (PORT, default 8000) until SIGTERM or Ctrl-C.",
                "Applies pending migrations first unless MIGRATE_ON_START=false.",
                "With DATABASE_URL unset it starts the embedded PostgreSQL under MAS_DATA_DIR (default ./.mas-data).",
                "On SIGTERM in-flight requests finish (SHUTDOWN_TIMEOUT_SECONDS), then the pool and the embedded database stop."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        MasServer server = MasServer.start(Mas.settings(spec));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
            // SIGTERM is how a supervisor asks for a stop: once everything has stopped cleanly the exit
            // status is 0, not the JVM's 143, so systemd and Kubernetes do not report a failure.
            System.err.flush();
            System.out.flush();
            Runtime.getRuntime().halt(ExitCode.OK);
        }, "mas-shutdown"));
        stopped.await();
        return ExitCode.OK;
    }
}
