package in.mrmentor.persistence.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher on its own data directories (the shared test server is not used here). */
class EmbeddedPostgresTest {
    private static final List<String> FAST = List.of("fsync=off", "synchronous_commit=off");

    @TempDir
    Path parent;

    private static EmbeddedPostgres start(Path root) {
        return EmbeddedPostgres.start(EmbeddedPostgres.Options.at(root).withServerSettings(FAST));
    }

    private static void sql(EmbeddedPostgres pg, String statement) throws Exception {
        try (var connection = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
             var st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    private static String single(EmbeddedPostgres pg, String query) throws Exception {
        try (var connection = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
             var st = connection.createStatement(); var rows = st.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void dataSurvivesARestartOnTheSameDirectory() throws Exception {
        Path root = parent.resolve("data");
        try (EmbeddedPostgres first = start(root)) {
            sql(first, "CREATE TABLE kept (v text)");
            sql(first, "INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedPostgres second = start(root)) {
            assertThat(single(second, "SELECT v FROM kept")).isEqualTo("still here");
        }
    }

    /** Issue 11 item 15: the second of two launchers waits for the first instead of failing, but not forever. */
    @Test
    void aLauncherGivesUpWaitingForAnotherStillStartingTheServerWithAMessageNamingTheDirectory() throws Exception {
        Path root = parent.resolve("shared").toAbsolutePath();
        Files.createDirectories(root);
        try (LaunchLock starting = LaunchLock.acquire(root, Duration.ZERO)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(EmbeddedPostgres.Options.at(root)
                    .withServerSettings(FAST).withLaunchWait(Duration.ofMillis(300))))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("Another process")
                    .hasMessageContaining("300 ms")
                    .hasMessageContaining(root.toString());
        }
        try (EmbeddedPostgres pg = start(root)) {
            assertThat(single(pg, "SELECT 1")).as("nothing was left half-started").isEqualTo("1");
        }
    }

    @Test
    void aSecondProcessFindsTheRunningServerOnlyWhileItRuns() {
        Path root = parent.resolve("running");
        try (EmbeddedPostgres pg = start(root)) {
            assertThat(EmbeddedPostgres.runningIn(root)).hasValueSatisfying(running -> {
                assertThat(running.port()).isEqualTo(pg.port());
                assertThat(running.password()).isEqualTo(pg.password());
                assertThat(running.toString()).doesNotContain(pg.password());
            });
        }
        assertThat(EmbeddedPostgres.runningIn(root)).isEmpty();
    }

    @Test
    void theSuperuserNeedsItsGeneratedPassword() throws Exception {
        try (EmbeddedPostgres pg = start(parent.resolve("auth"))) {
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), "wrong"))
                    .hasMessageContaining("password authentication failed");
            assertThat(Files.getPosixFilePermissions(parent.resolve("auth/postgres.password")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void aFreshOwnerOnlyDirectoryIsMadeReachableForTheServerAccount() throws Exception {
        Path locked = Files.createDirectory(parent.resolve("mktemp-like"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));

        try (EmbeddedPostgres pg = start(locked.resolve("data"))) {
            assertThat(single(pg, "SELECT 1")).isEqualTo("1");
        }
        if ("root".equals(System.getProperty("user.name"))) {
            assertThat(Files.getPosixFilePermissions(locked)).contains(PosixFilePermission.OTHERS_EXECUTE)
                    .doesNotContain(PosixFilePermission.OTHERS_READ);
        }
    }

    @Test
    void anOrphanedServerFromADeadProcessIsStoppedAndRestarted() throws Exception {
        Path root = parent.resolve("orphan");
        EmbeddedPostgres abandoned = start(root);
        sql(abandoned, "CREATE TABLE survived (v int)");
        abandoned.releaseLockOnlyForTests();

        try (EmbeddedPostgres next = start(root)) {
            assertThat(single(next, "SELECT count(*) FROM survived")).isEqualTo("0");
            assertThat(next.port()).isNotEqualTo(abandoned.port());
        }
    }
}
