package in.mrmentor.cli;

import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mas serve} as a real process: SIGTERM ends it with status 0, a port clash with one line and status 1. */
class ServeProcessTest {

    @TempDir
    Path dataDir;

    private Process serve(Map<String, String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Mas.class.getName(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MAS_DATA_DIR", dataDir.toString());
        builder.environment().put("HOST", "127.0.0.1");
        builder.environment().put("DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName()));
        builder.environment().putAll(extra);
        // The test classpath's logback-test.xml logs to stdout; the command's own messages go to stderr.
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private CompletableFuture<Void> drained;

    /** Collects the output lines as they come (so the pipe never fills), and the test can wait for one. */
    private List<String> drain(Process process) {
        List<String> lines = new CopyOnWriteArrayList<>();
        drained = CompletableFuture.runAsync(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
            } catch (IOException | java.io.UncheckedIOException ignored) {
                // the process ended
            }
        });
        return lines;
    }

    @Test
    void sigtermStopsCleanlyWithStatusZero() throws Exception {
        Process process = serve(Map.of("PORT", "0"));
        List<String> err = drain(process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (err.stream().noneMatch(line -> line.contains("MAS is serving on port")) && System.nanoTime() < deadline
                && process.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(err).as("the server started").anyMatch(line -> line.contains("MAS is serving on port"));

        // SIGTERM through the handle: Process.destroy() would also close our end of its output.
        assertThat(process.toHandle().destroy()).isTrue();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        drained.get(30, TimeUnit.SECONDS);
        assertThat(process.exitValue()).as(String.join("\n", err)).isZero();
        assertThat(err).anyMatch(line -> line.contains("Stopped"));
    }

    @Test
    void aPortClashIsOneClearLineAndStatusOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Process process = serve(Map.of("PORT", String.valueOf(taken.getLocalPort())));
            List<String> err = drain(process);

            assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
            drained.get(30, TimeUnit.SECONDS);
            // Lines with "|-" are logback's own report on the test classpath's configuration files.
            String all = String.join("\n", err.stream().filter(line -> !line.contains("|-")).toList());
            assertThat(process.exitValue()).as(all).isEqualTo(1);
            assertThat(err).filteredOn(line -> line.startsWith("mas: ")).singleElement().asString()
                    .contains("Cannot listen on 127.0.0.1:" + taken.getLocalPort(), "already in use");
            assertThat(all).doesNotContain("\tat ", "Exception", "WARN", "ERROR", "Stopped");
        }
    }
}
