package in.mrmentor.cli;

import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mas queues ...} on the PostgreSQL job queue. */
class QueuesCommandTest {

    @TempDir
    Path dataDir;

    private Map<String, String> env;

    @BeforeEach
    void database() {
        env = Map.of("DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().emptyDatabaseName()), "MAS_DATA_DIR", dataDir.toString());
    }

    /** A job of type {@code email} that fails its only attempt and so lies dead. */
    private void oneDeadEmailJob() throws Exception {
        try (Platform platform = Platform.open(SettingsReader.read(env), true)) {
            platform.jobWorkers().register("email", job -> {
                throw new IllegalStateException("SMTP said 535 BadCredentials");
            }, new HandlerOptions(1, 1));
            platform.jobQueue().enqueue(NewJob.of("email", "outbox-1"));
            platform.jobWorkers().start();
            Instant deadline = Instant.now().plusSeconds(20);
            while (platform.queueAdministration().deadJobs("email", 10).isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            platform.jobWorkers().stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void statsDeadAndRetryDead() throws Exception {
        oneDeadEmailJob();

        var stats = CommandLineRun.of(env, "queues", "stats");
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).containsPattern("email\\s+0\\s+0\\s+0\\s+1");

        var dead = CommandLineRun.of(env, "queues", "dead", "email");
        assertThat(dead.out()).contains("535 BadCredentials");

        var retried = CommandLineRun.of(env, "queues", "retry-dead", "email");
        assertThat(retried.out()).contains("Retried 1 dead job(s) in email.");
        assertThat(CommandLineRun.of(env, "queues", "stats").out()).containsPattern("email\\s+1\\s+0\\s+0\\s+0");
    }

    @Test
    void anUnknownDeadJobIdIsNotFoundAndABadQueueNameIsInvalid() {
        assertThat(CommandLineRun.of(env, "queues", "retry-dead", "email", "--id", "00000000-0000-0000-0000-000000000001")
                .exitCode()).isEqualTo(3);
        assertThat(CommandLineRun.of(env, "queues", "dead", "no such queue!").exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownQueueIsNotFoundWithTheKnownNamesAndAKnownEmptyOneListsNothing() {
        var unknown = CommandLineRun.of(env, "queues", "dead", "nosuchqueue");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("QUEUE_NOT_FOUND", "email", "cleanup");
        assertThat(unknown.out()).doesNotContain("ATTEMPTS");
        assertThat(CommandLineRun.of(env, "queues", "retry-dead", "nosuchqueue").exitCode()).isEqualTo(3);

        var empty = CommandLineRun.of(env, "queues", "dead", "kpi");
        assertThat(empty.exitCode()).isZero();
    }
}
