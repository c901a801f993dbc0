package in.mrmentor.jobs.port;

import in.mrmentor.jobs.DeadJob;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.testing.Eventually;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every adapter of {@link JobQueue} must do, on a real store. Each test may create several
 * queue instances over the same store, standing for several processes of the service. Adapters
 * build their queues with {@link #POLL_INTERVAL}, {@link #VISIBILITY_TIMEOUT} and
 * {@link #BACKOFF_BASE} so the suite runs in seconds.
 */
public abstract class JobQueueContract {
    protected static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    protected static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(1);
    protected static final Duration BACKOFF_BASE = Duration.ofMillis(200);
    protected static final Duration BACKOFF_MAX = Duration.ofSeconds(5);

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofMillis(600);

    protected final MovableClock clock = new MovableClock();
    private final List<JobQueue> queues = new ArrayList<>();
    private final CountDownLatch releaseStuckWorkers = new CountDownLatch(1);

    /** Prepares an empty store for one test. */
    protected abstract void openStore();

    /** A new queue instance over this test's store, as another process of the service would have. */
    protected abstract JobQueue newQueue(Clock clock);

    protected abstract void closeStore();

    @BeforeEach
    void open() {
        openStore();
    }

    @AfterEach
    void close() throws Exception {
        releaseStuckWorkers.countDown();
        for (JobQueue queue : queues) {
            queue.stop(Duration.ofSeconds(5));
            if (queue instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        closeStore();
    }

    private JobQueue aQueue() {
        JobQueue queue = newQueue(clock);
        queues.add(queue);
        return queue;
    }

    private static QueueStats statsOf(JobQueue queue, String type) {
        return queue.stats().stream().filter(s -> s.type().equals(type)).findFirst().orElse(QueueStats.empty(type));
    }

    @Test
    void anEnqueuedJobIsHandledOnceAndThenGone() {
        JobQueue queue = aQueue();
        List<Job> handled = new CopyOnWriteArrayList<>();
        queue.register("email", handled::add, HandlerOptions.of(2, 3));
        queue.start();

        UUID id = queue.enqueue(NewJob.of("email", "{\"to\":\"a@example.com\"}"));

        Eventually.await("the job is handled", WAIT, () -> handled.size() == 1);
        Job job = handled.get(0);
        assertThat(job.id()).isEqualTo(id);
        assertThat(job.type()).isEqualTo("email");
        assertThat(job.payload()).isEqualTo("{\"to\":\"a@example.com\"}");
        assertThat(job.attempt()).isEqualTo(1);
        Eventually.await("the acknowledged job leaves the queue", WAIT,
                () -> statsOf(queue, "email").equals(QueueStats.empty("email")));
        Eventually.holdsFor("an acknowledged job is not delivered again", QUIET, () -> handled.size() == 1);
    }

    @Test
    void manyJobsAreEachHandledExactlyOnceWhenNothingFails() {
        JobQueue first = aQueue();
        JobQueue second = aQueue();
        List<UUID> handled = new CopyOnWriteArrayList<>();
        first.register("kpi", job -> handled.add(job.id()), HandlerOptions.of(3, 3));
        second.register("kpi", job -> handled.add(job.id()), HandlerOptions.of(3, 3));
        List<UUID> enqueued = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            enqueued.add(first.enqueue(NewJob.of("kpi", "{\"n\":" + i + "}")));
        }

        first.start();
        second.start();

        Eventually.await("every job is handled", WAIT, () -> handled.size() >= enqueued.size());
        Eventually.holdsFor("no job is handled twice", QUIET, () -> handled.size() == enqueued.size());
        assertThat(handled).containsExactlyInAnyOrderElementsOf(enqueued);
    }

    @Test
    void aJobSurvivesARestartOfTheConsumer() {
        JobQueue before = aQueue();
        before.register("kpi", job -> {
        }, HandlerOptions.of(1, 3));
        before.start();
        UUID id = before.enqueue(NewJob.of("email", "{}").runAt(clock.instant().plusSeconds(3600)));
        before.enqueue(NewJob.of("email", "{}"));
        before.stop(Duration.ofSeconds(1));
        clock.advance(Duration.ofHours(2));

        JobQueue after = aQueue();
        List<UUID> handled = new CopyOnWriteArrayList<>();
        after.register("email", job -> handled.add(job.id()), HandlerOptions.of(1, 3));
        after.start();

        Eventually.await("both jobs stored before the restart are handled", WAIT, () -> handled.size() == 2);
        assertThat(handled).contains(id);
    }

    @Test
    void aFailingHandlerIsRetriedWithGrowingBackoffThenDeadLetteredWithItsError() {
        JobQueue queue = aQueue();
        List<Long> attemptsAtNanos = new CopyOnWriteArrayList<>();
        queue.register("email", job -> {
            attemptsAtNanos.add(System.nanoTime());
            throw new IllegalStateException("535-5.7.8 Username and Password not accepted");
        }, HandlerOptions.of(1, 3));
        queue.start();

        UUID id = queue.enqueue(NewJob.of("email", "{\"to\":\"b@example.com\"}"));

        Eventually.await("the job is dead", WAIT, () -> queue.deadJobs("email", 10).size() == 1);
        DeadJob dead = queue.deadJobs("email", 10).get(0);
        assertThat(dead.id()).isEqualTo(id);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.payload()).isEqualTo("{\"to\":\"b@example.com\"}");
        assertThat(dead.lastError()).contains("535-5.7.8 Username and Password not accepted");
        assertThat(attemptsAtNanos).hasSize(3);
        long firstWait = TimeUnit.NANOSECONDS.toMillis(attemptsAtNanos.get(1) - attemptsAtNanos.get(0));
        long secondWait = TimeUnit.NANOSECONDS.toMillis(attemptsAtNanos.get(2) - attemptsAtNanos.get(1));
        assertThat(firstWait).as("wait before the 2nd attempt").isGreaterThanOrEqualTo(BACKOFF_BASE.toMillis() - 20);
        assertThat(secondWait).as("wait before the 3rd attempt").isGreaterThanOrEqualTo(2 * BACKOFF_BASE.toMillis() - 20);
        assertThat(statsOf(queue, "email")).isEqualTo(new QueueStats("email", 0, 0, 0, 1));
        Eventually.holdsFor("a dead job is not delivered again", QUIET, () -> attemptsAtNanos.size() == 3);
    }

    @Test
    void aDeadJobRetriedByHandStartsOverWithFreshAttempts() {
        JobQueue queue = aQueue();
        AtomicBoolean smtpDown = new AtomicBoolean(true);
        List<Job> delivered = new CopyOnWriteArrayList<>();
        queue.register("email", job -> {
            delivered.add(job);
            if (smtpDown.get()) {
                throw new IllegalStateException("connection refused");
            }
        }, HandlerOptions.of(1, 1));
        queue.start();
        UUID id = queue.enqueue(NewJob.of("email", "{}"));
        Eventually.await("the job is dead", WAIT, () -> queue.deadJobs("email", 10).size() == 1);

        smtpDown.set(false);
        assertThat(queue.retryDead("email", id)).isTrue();

        Eventually.await("the retried job succeeds", WAIT, () -> delivered.size() == 2);
        assertThat(delivered.get(1).attempt()).isEqualTo(1);
        Eventually.await("the queue is empty", WAIT,
                () -> statsOf(queue, "email").equals(QueueStats.empty("email")));
        assertThat(queue.deadJobs("email", 10)).isEmpty();
        assertThat(queue.retryDead("email", id)).as("no longer dead").isFalse();
        assertThat(queue.retryDead("email", UUID.randomUUID())).as("unknown").isFalse();
    }

    @Test
    void aKilledWorkersJobIsDeliveredAgainAfterTheVisibilityTimeout() {
        JobQueue doomed = aQueue();
        CountDownLatch taken = new CountDownLatch(1);
        doomed.register("resumeAnalysis", job -> {
            taken.countDown();
            // Never acknowledges while the test runs: this worker stands for a killed process.
            releaseStuckWorkers.await();
        }, HandlerOptions.of(1, 3));
        doomed.start();
        UUID id = doomed.enqueue(NewJob.of("resumeAnalysis", "{\"resumeId\":7}"));
        Eventually.await("the doomed worker takes the job", WAIT, () -> taken.getCount() == 0);
        long takenAt = System.nanoTime();
        assertThat(statsOf(doomed, "resumeAnalysis").running()).isEqualTo(1);

        JobQueue survivor = aQueue();
        List<Job> handled = new CopyOnWriteArrayList<>();
        survivor.register("resumeAnalysis", handled::add, HandlerOptions.of(1, 3));
        survivor.start();

        Eventually.await("another worker gets the job", WAIT, () -> handled.size() == 1);
        long redeliveredAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - takenAt);
        assertThat(redeliveredAfter).as("not before the visibility timeout")
                .isGreaterThanOrEqualTo(VISIBILITY_TIMEOUT.toMillis() - 100);
        assertThat(handled.get(0).id()).isEqualTo(id);
        assertThat(handled.get(0).attempt()).isEqualTo(2);

        releaseStuckWorkers.countDown();
        Eventually.await("the queue is empty", WAIT,
                () -> statsOf(survivor, "resumeAnalysis").equals(QueueStats.empty("resumeAnalysis")));
        Eventually.holdsFor("the stale worker's late acknowledgement changes nothing", QUIET,
                () -> handled.size() == 1 && survivor.deadJobs("resumeAnalysis", 10).isEmpty());
    }

    @Test
    void aSecondEnqueueWithALiveDedupKeyReturnsTheFirstJob() {
        JobQueue queue = aQueue();
        UUID first = queue.enqueue(NewJob.of("email", "{\"otp\":1}").dedupedBy("otp:a@example.com"));
        UUID again = queue.enqueue(NewJob.of("email", "{\"otp\":2}").dedupedBy("otp:a@example.com"));
        UUID otherKey = queue.enqueue(NewJob.of("email", "{}").dedupedBy("otp:b@example.com"));
        UUID otherType = queue.enqueue(NewJob.of("kpi", "{}").dedupedBy("otp:a@example.com"));

        assertThat(again).isEqualTo(first);
        assertThat(otherKey).isNotEqualTo(first);
        assertThat(otherType).isNotEqualTo(first);
        assertThat(statsOf(queue, "email").waiting()).isEqualTo(2);

        List<Job> handled = new CopyOnWriteArrayList<>();
        queue.register("email", handled::add, HandlerOptions.of(1, 3));
        queue.start();
        Eventually.await("both jobs are handled", WAIT, () -> handled.size() == 2);
        assertThat(handled).filteredOn(job -> job.id().equals(first)).extracting(Job::payload)
                .containsExactly("{\"otp\":1}");
        Eventually.await("the queue is empty", WAIT, () -> statsOf(queue, "email").equals(QueueStats.empty("email")));

        UUID afterwards = queue.enqueue(NewJob.of("email", "{\"otp\":3}").dedupedBy("otp:a@example.com"));
        assertThat(afterwards).as("the key is free once its job is done").isNotEqualTo(first);
    }

    @Test
    void aJobDueInTheFutureIsNotDeliveredEarly() {
        JobQueue queue = aQueue();
        List<Job> handled = new CopyOnWriteArrayList<>();
        queue.register("cleanup", handled::add, HandlerOptions.of(1, 3));
        queue.start();

        UUID id = queue.enqueue(NewJob.of("cleanup", "{}").runAt(clock.instant().plus(Duration.ofHours(1))));

        Eventually.holdsFor("nothing is delivered before run-at", QUIET, handled::isEmpty);
        assertThat(statsOf(queue, "cleanup")).isEqualTo(new QueueStats("cleanup", 0, 0, 1, 0));
        clock.advance(Duration.ofMinutes(61));
        Eventually.await("the job is delivered once due", WAIT, () -> handled.size() == 1);
        assertThat(handled.get(0).id()).isEqualTo(id);
    }

    @Test
    void aRecurringJobFiresOncePerIntervalAcrossTwoProcesses() {
        AtomicInteger fired = new AtomicInteger();
        for (int process = 0; process < 2; process++) {
            JobQueue queue = aQueue();
            queue.register("kpi", job -> fired.incrementAndGet(), HandlerOptions.of(1, 3));
            queue.schedule(new RecurringJob("kpi-refresh", "kpi", "{}", Duration.ofMinutes(15)));
            queue.start();
        }

        Eventually.await("the schedule fires on start-up", WAIT, () -> fired.get() == 1);
        Eventually.holdsFor("and only once within the interval", QUIET, () -> fired.get() == 1);

        clock.advance(Duration.ofMinutes(15));
        Eventually.await("the schedule fires when the interval has passed", WAIT, () -> fired.get() == 2);
        Eventually.holdsFor("and only once for that interval", QUIET, () -> fired.get() == 2);
    }

    @Test
    void statsCountEachStatePerTypeIncludingIdleRegisteredTypes() {
        JobQueue queue = aQueue();
        queue.register("cleanup", job -> {
        }, HandlerOptions.of(1, 3));
        queue.enqueue(NewJob.of("email", "{}"));
        queue.enqueue(NewJob.of("email", "{}"));
        queue.enqueue(NewJob.of("email", "{}").runAt(clock.instant().plusSeconds(600)));
        queue.enqueue(NewJob.of("kpi", "{}"));

        assertThat(queue.stats()).containsExactly(
                QueueStats.empty("cleanup"),
                new QueueStats("email", 2, 0, 1, 0),
                new QueueStats("kpi", 1, 0, 0, 0));
        assertThat(aQueue().stats()).as("another process sees the same stored jobs").contains(
                new QueueStats("email", 2, 0, 1, 0), new QueueStats("kpi", 1, 0, 0, 0));
    }

    @Test
    void handlersAndSchedulesAreDeclaredBeforeStart() {
        JobQueue queue = aQueue();
        queue.register("email", job -> {
        }, HandlerOptions.of(1, 3));
        assertThatThrownBy(() -> queue.register("email", job -> {
        }, HandlerOptions.of(1, 3))).isInstanceOf(IllegalStateException.class);
        queue.start();

        assertThatThrownBy(() -> queue.register("kpi", job -> {
        }, HandlerOptions.of(1, 3))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> queue.schedule(RecurringJob.every(Duration.ofHours(24), "nightly", "cleanup")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theHealthCheckReportsTheStoreAsUp() {
        var health = aQueue().healthCheck();

        assertThat(health.name()).isEqualTo("queue");
        assertThat(health.isUp()).isTrue();
    }
}
