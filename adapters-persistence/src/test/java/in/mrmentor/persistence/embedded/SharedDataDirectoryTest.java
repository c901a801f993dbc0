package in.mrmentor.persistence.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several processes on one data directory share one embedded server, which the last of them to
 * leave stops. A killed process is a real child JVM here, because what matters is that the OS drops
 * its lease with it.
 */
class SharedDataDirectoryTest {
    private static final List<String> FAST = List.of("fsync=off", "synchronous_commit=off");

    @TempDir
    Path parent;

    private static EmbeddedPostgres start(Path root) {
        return EmbeddedPostgres.start(EmbeddedPostgres.Options.at(root).withServerSettings(FAST));
    }

    private static Connection connect(EmbeddedPostgres pg) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
    }

    private static int one(Connection connection) throws SQLException {
        try (var st = connection.createStatement(); var rows = st.executeQuery("SELECT 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void theServerOutlivesTheProcessThatStartedItWhileAnotherIsAttached() throws Exception {
        Path root = parent.resolve("shared");
        EmbeddedPostgres first = start(root);
        try (EmbeddedPostgres second = start(root); Connection session = connect(second)) {
            assertThat(second.port()).isEqualTo(first.port());

            first.close();

            assertThat(one(session)).as("the session of the second process survives the first one's stop").isEqualTo(1);
            assertThat(EmbeddedPostgres.runningIn(root)).isPresent();
        } finally {
            first.close();
        }
        assertThat(EmbeddedPostgres.runningIn(root)).as("the last to leave stops the server").isEmpty();
        assertThatThrownBy(() -> connect(first).close()).isInstanceOf(SQLException.class);
    }

    @Test
    void theRestartOfAKilledProcessNeverStopsTheServerAnotherProcessUses() throws Exception {
        Path root = parent.resolve("killed");
        Process owner = startChild(root);
        try {
            int port = portAnnouncedBy(owner);
            try (EmbeddedPostgres attached = start(root); Connection session = connect(attached)) {
                assertThat(attached.port()).isEqualTo(port);

                owner.destroyForcibly();
                assertThat(owner.waitFor(10, TimeUnit.SECONDS)).isTrue();

                try (EmbeddedPostgres restarted = start(root)) {
                    assertThat(restarted.port()).as("no orphan recovery under a live process").isEqualTo(port);
                    assertThat(one(session)).isEqualTo(1);
                }
                assertThat(one(session)).as("the restarted process left, the attached one is still there").isEqualTo(1);
            }
            assertThat(EmbeddedPostgres.runningIn(root)).isEmpty();
        } finally {
            owner.destroyForcibly();
        }
    }

    @Test
    void twoLaunchersStartingAtOnceOnAFreshDirectoryShareOneServer() throws Exception {
        Path root = parent.resolve("fresh");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<EmbeddedPostgres> started = new ArrayList<>();
        try {
            List<CompletableFuture<EmbeddedPostgres>> launches = List.of(
                    CompletableFuture.supplyAsync(() -> startTogether(together, root), threads),
                    CompletableFuture.supplyAsync(() -> startTogether(together, root), threads));
            for (var launch : launches) {
                started.add(launch.get(120, TimeUnit.SECONDS));
            }

            assertThat(started.get(0).port()).isEqualTo(started.get(1).port());
            try (Connection session = connect(started.get(1))) {
                started.get(0).close();
                assertThat(one(session)).isEqualTo(1);
            }
        } finally {
            started.forEach(EmbeddedPostgres::close);
            threads.shutdownNow();
        }
    }

    private static EmbeddedPostgres startTogether(CyclicBarrier barrier, Path root) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return start(root);
    }

    private static Process startChild(Path root) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), root.toString())
                .redirectErrorStream(true).start();
    }

    /** Reads the child's output until it prints the port its server listens on. */
    private static int portAnnouncedBy(Process child) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith(EmbeddedPostgresChild.PORT_LINE)) {
                        return Integer.parseInt(line.substring(EmbeddedPostgresChild.PORT_LINE.length()).strip());
                    }
                    seen.append(line).append('\n');
                }
                throw new IllegalStateException("the child ended without a port:\n" + seen);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return port.get(90, TimeUnit.SECONDS);
    }
}
