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
                "On SIGTERM in-flight requests finish (SHUTDOWN_TIMEOUT_SECONDS), then the pool and the embedded database stop."},
        footerHeading = "%nExamples:%n",
        footer = {"  # on http://localhost:8000 with the embedded PostgreSQL under ./.mas-data",
                "  mas serve",
                "  # another port and data directory",
                "  PORT=9000 MAS_DATA_DIR=/srv/mas mas serve",
                "  # an external database, schema changed only by mas migrate",
                "  DATABASE_URL=postgres://mas:secret@db:5432/mas MIGRATE_ON_START=false mas serve"})
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
