package in.mrmentor.messaging.redis;

import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.messaging.JobQueueSettings;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.testing.Eventually;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stopping the workers leaves in a type's consumer group: the stream-specific half of stopping,
 * which the shared worker runtime hands to the store once its handlers are done.
 */
class RedisStreamsConsumersTest {
    private static final AtomicInteger TESTS = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final CountDownLatch releaseStuckWorker = new CountDownLatch(1);
    private String prefix;
    private RedisClient inspector;
    private RedisStreamsJobQueue queue;

    @BeforeEach
    void open() {
        prefix = "consumers" + TESTS.incrementAndGet() + ":mas:jobs";
        inspector = RedisClient.create(TestRedis.get().url());
        queue = new RedisStreamsJobQueue(TestRedis.get().url(), prefix, new JobQueueSettings(Duration.ofMillis(50),
                Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(5)), Clock.systemUTC(), Ids.random());
    }

    @AfterEach
    void close() {
        releaseStuckWorker.countDown();
        queue.close();
        inspector.shutdown();
    }

    private List<Object> emailConsumers() {
        try (var connection = inspector.connect()) {
            return connection.sync().xinfoConsumers(prefix + ":stream:email", "workers");
        }
    }

    @Test
    void aStoppedConsumerHoldingNothingLeavesTheGroup() {
        CountDownLatch handled = new CountDownLatch(1);
        queue.workers().register("email", job -> handled.countDown(), HandlerOptions.of(1, 3));
        queue.workers().start();
        queue.enqueue(NewJob.of("email", "{}"));
        Eventually.await("the job is handled and acknowledged", WAIT, () -> handled.getCount() == 0
                && queue.stats().contains(QueueStats.empty("email")));
        assertThat(emailConsumers()).hasSize(1);

        queue.workers().stop(Duration.ofSeconds(5));

        assertThat(emailConsumers()).isEmpty();
    }

    @Test
    void aStoppedConsumerHoldingAnUnacknowledgedJobStaysSoAnotherCanClaimIt() {
        CountDownLatch taken = new CountDownLatch(1);
        queue.workers().register("email", job -> {
            taken.countDown();
            releaseStuckWorker.await();
        }, HandlerOptions.of(1, 3));
        queue.workers().start();
        queue.enqueue(NewJob.of("email", "{}"));
        Eventually.await("the worker takes the job", WAIT, () -> taken.getCount() == 0);

        queue.workers().stop(Duration.ZERO);

        assertThat(emailConsumers()).hasSize(1);
    }
}
