package in.mrmentor.cli;

import in.mrmentor.bootstrap.Settings;
import in.mrmentor.bootstrap.settings.DatabaseTarget;
import in.mrmentor.jobs.QueueDepths;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.shared.port.HealthCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the health of every dependency, pending migrations and queue depths on one screen.",
                "Also whether a server answers on PORT, and the schema version.",
                "Changes nothing (no migration runs); works whether or not a server is running.",
                "Exit 0 when everything is up and the schema is current, else 1."})
final class StatusCommand implements Callable<Integer> {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = Mas.settings(spec);
        PrintWriter out = spec.commandLine().getOut();
        boolean healthy = true;
        out.printf("mode:       %s%n", settings.production() ? "production" : "development");
        out.printf("server:     %s%n", serverAnswer(settings));
        try (Backend backend = Backend.open(settings, false)) {
            out.printf("database:   %s%n", database(settings, backend));
            List<HealthCheck> checks = new ArrayList<>(backend.platform().healthChecks());
            backend.modules().inOrder().forEach(module -> checks.addAll(module.health()));
            for (HealthCheck check : checks) {
                boolean up = check.isUp();
                healthy &= up;
                out.printf("  %-12s %s%n", check.name(), up ? "UP" : "DOWN");
            }
            var database = backend.platform().runtime().database();
            List<String> pending = database.pendingMigrations();
            healthy &= pending.isEmpty();
            out.printf("schema:     version %s, %s%n", database.schemaVersion(), pending.isEmpty() ? "no pending migration"
                    : pending.size() + " pending (" + String.join(", ", pending) + "); run: mas migrate");
            out.printf("%-20s %8s %8s %8s %8s%n", "QUEUE", "READY", "RUNNING", "DELAYED", "DEAD");
            try {
                for (QueueStats stats : new QueueDepths(backend.platform().queueAdministration()).all()) {
                    out.printf("%-20s %8d %8d %8d %8d%n", stats.type(), stats.waiting(), stats.running(), stats.delayed(),
                            stats.dead());
                }
            } catch (RuntimeException queueDown) {
                healthy = false;
                out.println("(the queue's store did not answer: " + queueDown.getClass().getSimpleName() + ")");
            }
        }
        return healthy ? ExitCode.OK : ExitCode.FAILURE;
    }

    private static String database(Settings settings, Backend backend) {
        if (settings.database() instanceof DatabaseTarget.External external) {
            String url = external.jdbcUrl().replaceFirst("^jdbc:", "");
            try {
                URI uri = URI.create(url);
                return "external PostgreSQL at " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            } catch (IllegalArgumentException e) {
                return "external PostgreSQL (" + external.source() + ")";
            }
        }
        return "embedded PostgreSQL" + backend.platform().runtime().embeddedPort().stream()
                .mapToObj(port -> " on 127.0.0.1:" + port).findFirst().orElse("") + " (data in " + settings.dataDirectory() + ")";
    }

    /** Whether a server of this configuration answers its health probe on this machine. */
    private static String serverAnswer(Settings settings) {
        String host = settings.host().equals("0.0.0.0") || settings.host().equals("::") ? "127.0.0.1" : settings.host();
        URI health = URI.create("http://" + host + ":" + settings.port() + "/api/health");
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build()
                    .send(HttpRequest.newBuilder(health).timeout(PROBE_TIMEOUT).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            return "answering on port " + settings.port() + " (health " + response.statusCode() + ")";
        } catch (java.io.IOException e) {
            return "not running on port " + settings.port() + " (this command reads the database directly)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "not checked (interrupted)";
        }
    }

}
