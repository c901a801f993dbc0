package in.mrmentor.jobs.port;

import in.mrmentor.jobs.DeadJob;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.ListDeadJobs;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.shared.PageWalk;
import in.mrmentor.testing.Eventually;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every job queue adapter must do, on a real store, through the three ports together: a job
 * enqueued on the {@link JobQueue} is run by the {@link JobWorkers} and seen by the
 * {@link QueueAdministration}. One suite rather than one per port, because almost every promise
 * (retry, dead-lettering, redelivery, schedules) needs all three to be observed. Each test may create
 * several {@link ServiceProcess}es over the same store, standing for several processes of the service.
 * Adapters build theirs with {@link #POLL_INTERVAL}, {@link #VISIBILITY_TIMEOUT} and
 * {@link #BACKOFF_BASE} so the suite runs in seconds.
 */
public abstract class JobQueueContract {
    protected static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    protected static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(1);
    protected static final Duration BACKOFF_BASE = Duration.ofMillis(200);
    protected static final Duration BACKOFF_MAX = Duration.ofSeconds(5);

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofMillis(600);

    /**
     * One process's view of the jobs ports over the test's store. {@code queue} is closed after the
     * test when it is {@link AutoCloseable}.
     */
    protected record ServiceProcess(JobQueue queue, JobWorkers workers, QueueAdministration administration) {
        public ServiceProcess {
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(workers, "workers");
            Objects.requireNonNull(administration, "administration");
        }
    }

    protected final MovableClock clock = new MovableClock();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final CountDownLatch releaseStuckWorkers = new CountDownLatch(1);

    /** Prepares an empty store for one test. */
    protected abstract void openStore();

    /** New queue instances over this test's store, as another process of the service would have. */
    protected abstract ServiceProcess newProcess(Clock clock);

    protected abstract void closeStore();

    @BeforeEach
    void open() {
        openStore();
    }

    @AfterEach
    void close() throws Exception {
        releaseStuckWorkers.countDown();
        for (ServiceProcess process : processes) {
            process.workers().stop(Duration.ofSeconds(5));
            if (process.queue() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        closeStore();
    }

    private ServiceProcess aProcess() {
        ServiceProcess process = newProcess(clock);
        processes.add(process);
        return process;
    }

    private static QueueStats statsOf(ServiceProcess process, String type) {
        return process.administration().stats().stream().filter(s -> s.type().equals(type)).findFirst().orElse(QueueStats.empty(type));
    }

    @Test
    void anEnqueuedJobIsHandledOnceAndThenGone() {
        ServiceProcess process = aProcess();
        List<Job> handled = new CopyOnWriteArrayList<>();
        process.workers().register("email", handled::add, HandlerOptions.of(2, 3));
        process.workers().start();

        UUID id = process.queue().enqueue(NewJob.of("email", "{\"to\":\"a@example.com\"}"));

        Eventually.await("the job is handled", WAIT, () -> handled.size() == 1);
        Job job = handled.get(0);
        assertThat(job.id()).isEqualTo(id);
        assertThat(job.type()).isEqualTo("email");
        assertThat(job.payload()).isEqualTo("{\"to\":\"a@example.com\"}");
        assertThat(job.attempt()).isEqualTo(1);
        Eventually.await("the acknowledged job leaves the queue", WAIT,
                () -> statsOf(process, "email").equals(QueueStats.empty("email")));
        Eventually.holdsFor("an acknowledged job is not delivered again", QUIET, () -> handled.size() == 1);
    }

    @Test
    void manyJobsAreEachHandledExactlyOnceWhenNothingFails() {
        ServiceProcess first = aProcess();
        ServiceProcess second = aProcess();
        List<UUID> handled = new CopyOnWriteArrayList<>();
        first.workers().register("kpi", job -> handled.add(job.id()), HandlerOptions.of(3, 3));
        second.workers().register("kpi", job -> handled.add(job.id()), HandlerOptions.of(3, 3));
        List<UUID> enqueued = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            enqueued.add(first.queue().enqueue(NewJob.of("kpi", "{\"n\":" + i + "}")));
        }

        first.workers().start();
        second.workers().start();

        Eventually.await("every job is handled", WAIT, () -> handled.size() >= enqueued.size());
        Eventually.holdsFor("no job is handled twice", QUIET, () -> handled.size() == enqueued.size());
        assertThat(handled).containsExactlyInAnyOrderElementsOf(enqueued);
    }

    @Test
    void aJobSurvivesARestartOfTheConsumer() {
        ServiceProcess before = aProcess();
        before.workers().register("kpi", job -> {
        }, HandlerOptions.of(1, 3));
        before.workers().start();
        UUID id = before.queue().enqueue(NewJob.of("email", "{}").runAt(clock.instant().plusSeconds(3600)));
        before.queue().enqueue(NewJob.of("email", "{}"));
        before.workers().stop(Duration.ofSeconds(1));
        clock.advance(Duration.ofHours(2));

        ServiceProcess after = aProcess();
        List<UUID> handled = new CopyOnWriteArrayList<>();
        after.workers().register("email", job -> handled.add(job.id()), HandlerOptions.of(1, 3));
        after.workers().start();

        Eventually.await("both jobs stored before the restart are handled", WAIT, () -> handled.size() == 2);
        assertThat(handled).contains(id);
    }

    @Test
    void aFailingHandlerIsRetriedWithGrowingBackoffThenDeadLetteredWithItsError() {
        ServiceProcess process = aProcess();
        List<Long> attemptsAtNanos = new CopyOnWriteArrayList<>();
        process.workers().register("email", job -> {
            attemptsAtNanos.add(System.nanoTime());
            throw new IllegalStateException("535-5.7.8 Username and Password not accepted");
        }, HandlerOptions.of(1, 3));
        process.workers().start();

        UUID id = process.queue().enqueue(NewJob.of("email", "{\"to\":\"b@example.com\"}"));

        Eventually.await("the job is dead", WAIT, () -> process.administration().deadJobs("email", 10).size() == 1);
        DeadJob dead = process.administration().deadJobs("email", 10).get(0);
        assertThat(dead.id()).isEqualTo(id);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.payload()).isEqualTo("{\"to\":\"b@example.com\"}");
        assertThat(dead.lastError()).contains("535-5.7.8 Username and Password not accepted");
        assertThat(attemptsAtNanos).hasSize(3);
        long firstWait = TimeUnit.NANOSECONDS.toMillis(attemptsAtNanos.get(1) - attemptsAtNanos.get(0));
        long secondWait = TimeUnit.NANOSECONDS.toMillis(attemptsAtNanos.get(2) - attemptsAtNanos.get(1));
        assertThat(firstWait).as("wait before the 2nd attempt").isGreaterThanOrEqualTo(BACKOFF_BASE.toMillis() - 20);
        assertThat(secondWait).as("wait before the 3rd attempt").isGreaterThanOrEqualTo(2 * BACKOFF_BASE.toMillis() - 20);
        assertThat(statsOf(process, "email")).isEqualTo(new QueueStats("email", 0, 0, 0, 1));
        Eventually.holdsFor("a dead job is not delivered again", QUIET, () -> attemptsAtNanos.size() == 3);
    }

    @Test
    void aDeadJobRetriedByHandStartsOverWithFreshAttempts() {
        ServiceProcess process = aProcess();
        AtomicBoolean smtpDown = new AtomicBoolean(true);
        List<Job> delivered = new CopyOnWriteArrayList<>();
        process.workers().register("email", job -> {
            delivered.add(job);
            if (smtpDown.get()) {
                throw new IllegalStateException("connection refused");
            }
        }, HandlerOptions.of(1, 1));
        process.workers().start();
        UUID id = process.queue().enqueue(NewJob.of("email", "{}"));
        Eventually.await("the job is dead", WAIT, () -> process.administration().deadJobs("email", 10).size() == 1);

        smtpDown.set(false);
        assertThat(process.administration().retryDead("email", id)).isTrue();

        Eventually.await("the retried job succeeds", WAIT, () -> delivered.size() == 2);
        assertThat(delivered.get(1).attempt()).isEqualTo(1);
        Eventually.await("the queue is empty", WAIT,
                () -> statsOf(process, "email").equals(QueueStats.empty("email")));
        assertThat(process.administration().deadJobs("email", 10)).isEmpty();
        assertThat(process.administration().retryDead("email", id)).as("no longer dead").isFalse();
        assertThat(process.administration().retryDead("email", UUID.randomUUID())).as("unknown").isFalse();
    }

    @Test
    void pagingThroughTheDeadJobsSeesEveryOneOnceWhileMoreDie() {
        ServiceProcess process = aProcess();
        process.workers().register("email", job -> {
            throw new IllegalStateException("connection refused");
        }, HandlerOptions.of(4, 1));
        process.workers().start();
        List<UUID> dead = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            dead.add(process.queue().enqueue(NewJob.of("email", "{\"n\":" + i + "}")));
        }
        Eventually.await("every job is dead", WAIT, () -> statsOf(process, "email").dead() == dead.size());
        Runnable oneMoreDies = () -> process.queue().enqueue(NewJob.of("email", "{\"late\":true}"));

        var list = new ListDeadJobs(process.administration());
        assertThat(PageWalk.of(cursor -> list.page("email", 2, cursor), oneMoreDies).seenAs(DeadJob::id))
                .containsAll(dead);
    }

    @Test
    void aKilledWorkersJobIsDeliveredAgainAfterTheVisibilityTimeout() {
        ServiceProcess doomed = aProcess();
        CountDownLatch taken = new CountDownLatch(1);
        doomed.workers().register("resumeAnalysis", job -> {
            taken.countDown();
            // Never acknowledges while the test runs: this worker stands for a killed process.
            releaseStuckWorkers.await();
        }, HandlerOptions.of(1, 3));
        doomed.workers().start();
        UUID id = doomed.queue().enqueue(NewJob.of("resumeAnalysis", "{\"resumeId\":7}"));
        Eventually.await("the doomed worker takes the job", WAIT, () -> taken.getCount() == 0);
        long takenAt = System.nanoTime();
        assertThat(statsOf(doomed, "resumeAnalysis").running()).isEqualTo(1);

        ServiceProcess survivor = aProcess();
        List<Job> handled = new CopyOnWriteArrayList<>();
        survivor.workers().register("resumeAnalysis", handled::add, HandlerOptions.of(1, 3));
        survivor.workers().start();

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
                () -> handled.size() == 1 && survivor.administration().deadJobs("resumeAnalysis", 10).isEmpty());
    }

    @Test
    void aSecondEnqueueWithALiveDedupKeyReturnsTheFirstJob() {
        ServiceProcess process = aProcess();
        UUID first = process.queue().enqueue(NewJob.of("email", "{\"otp\":1}").dedupedBy("otp:a@example.com"));
        UUID again = process.queue().enqueue(NewJob.of("email", "{\"otp\":2}").dedupedBy("otp:a@example.com"));
        UUID otherKey = process.queue().enqueue(NewJob.of("email", "{}").dedupedBy("otp:b@example.com"));
        UUID otherType = process.queue().enqueue(NewJob.of("kpi", "{}").dedupedBy("otp:a@example.com"));

        assertThat(again).isEqualTo(first);
        assertThat(otherKey).isNotEqualTo(first);
        assertThat(otherType).isNotEqualTo(first);
        assertThat(statsOf(process, "email").waiting()).isEqualTo(2);

        List<Job> handled = new CopyOnWriteArrayList<>();
        process.workers().register("email", handled::add, HandlerOptions.of(1, 3));
        process.workers().start();
        Eventually.await("both jobs are handled", WAIT, () -> handled.size() == 2);
        assertThat(handled).filteredOn(job -> job.id().equals(first)).extracting(Job::payload)
                .containsExactly("{\"otp\":1}");
        Eventually.await("the queue is empty", WAIT, () -> statsOf(process, "email").equals(QueueStats.empty("email")));

        UUID afterwards = process.queue().enqueue(NewJob.of("email", "{\"otp\":3}").dedupedBy("otp:a@example.com"));
        assertThat(afterwards).as("the key is free once its job is done").isNotEqualTo(first);
    }

    @Test
    void jobsEnqueuedTogetherAreEachStoredOrAnswerTheLiveJobOfTheirKey() {
        ServiceProcess process = aProcess();
        UUID live = process.queue().enqueue(NewJob.of("email", "{\"n\":0}").dedupedBy("batch:a"));

        List<UUID> ids = process.queue().enqueueAll(List.of(
                NewJob.of("email", "{\"n\":1}").dedupedBy("batch:a"),
                NewJob.of("email", "{\"n\":2}").dedupedBy("batch:b"),
                NewJob.of("email", "{\"n\":3}")));

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        assertThat(ids.get(0)).as("the live job holding the key").isEqualTo(live);
        assertThat(statsOf(process, "email").waiting()).isEqualTo(3);
        List<Job> handled = new CopyOnWriteArrayList<>();
        process.workers().register("email", handled::add, HandlerOptions.of(1, 3));
        process.workers().start();
        Eventually.await("the three jobs are handled", WAIT, () -> handled.size() == 3);
        assertThat(handled).extracting(Job::payload)
                .containsExactlyInAnyOrder("{\"n\":0}", "{\"n\":2}", "{\"n\":3}");
    }

    @Test
    void aJobDueInTheFutureIsNotDeliveredEarly() {
        ServiceProcess process = aProcess();
        List<Job> handled = new CopyOnWriteArrayList<>();
        process.workers().register("cleanup", handled::add, HandlerOptions.of(1, 3));
        process.workers().start();

        UUID id = process.queue().enqueue(NewJob.of("cleanup", "{}").runAt(clock.instant().plus(Duration.ofHours(1))));

        Eventually.holdsFor("nothing is delivered before run-at", QUIET, handled::isEmpty);
        assertThat(statsOf(process, "cleanup")).isEqualTo(new QueueStats("cleanup", 0, 0, 1, 0));
        clock.advance(Duration.ofMinutes(61));
        Eventually.await("the job is delivered once due", WAIT, () -> handled.size() == 1);
        assertThat(handled.get(0).id()).isEqualTo(id);
    }

    @Test
    void aRecurringJobFiresOncePerIntervalAcrossTwoProcesses() {
        AtomicInteger fired = new AtomicInteger();
        for (int n = 0; n < 2; n++) {
            ServiceProcess process = aProcess();
            process.workers().register("kpi", job -> fired.incrementAndGet(), HandlerOptions.of(1, 3));
            process.workers().schedule(new RecurringJob("kpi-refresh", "kpi", "{}", Duration.ofMinutes(15)));
            process.workers().start();
        }

        Eventually.await("the schedule fires on start-up", WAIT, () -> fired.get() == 1);
        Eventually.holdsFor("and only once within the interval", QUIET, () -> fired.get() == 1);

        clock.advance(Duration.ofMinutes(15));
        Eventually.await("the schedule fires when the interval has passed", WAIT, () -> fired.get() == 2);
        Eventually.holdsFor("and only once for that interval", QUIET, () -> fired.get() == 2);
    }

    @Test
    void statsCountEachStatePerTypeIncludingIdleRegisteredTypes() {
        ServiceProcess process = aProcess();
        process.workers().register("cleanup", job -> {
        }, HandlerOptions.of(1, 3));
        process.queue().enqueue(NewJob.of("email", "{}"));
        process.queue().enqueue(NewJob.of("email", "{}"));
        process.queue().enqueue(NewJob.of("email", "{}").runAt(clock.instant().plusSeconds(600)));
        process.queue().enqueue(NewJob.of("kpi", "{}"));

        assertThat(process.administration().stats()).containsExactly(
                QueueStats.empty("cleanup"),
                new QueueStats("email", 2, 0, 1, 0),
                new QueueStats("kpi", 1, 0, 0, 0));
        assertThat(aProcess().administration().stats()).as("another process sees the same stored jobs").contains(
                new QueueStats("email", 2, 0, 1, 0), new QueueStats("kpi", 1, 0, 0, 0));
    }

    @Test
    void handlersAndSchedulesAreDeclaredBeforeStart() {
        ServiceProcess process = aProcess();
        process.workers().register("email", job -> {
        }, HandlerOptions.of(1, 3));
        assertThatThrownBy(() -> process.workers().register("email", job -> {
        }, HandlerOptions.of(1, 3))).isInstanceOf(IllegalStateException.class);
        process.workers().start();

        assertThatThrownBy(() -> process.workers().register("kpi", job -> {
        }, HandlerOptions.of(1, 3))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> process.workers().schedule(RecurringJob.every(Duration.ofHours(24), "nightly", "cleanup")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theHealthCheckReportsTheStoreAsUp() {
        var health = aProcess().administration().healthCheck();

        assertThat(health.name()).isEqualTo("queue");
        assertThat(health.isUp()).isTrue();
    }
}
