package in.mrmentor.messaging;

import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobHandler;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.jobs.port.JobWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker runtime both queue adapters share, so its lifecycle is written once: one poller thread
 * that fires due schedules and claims due jobs for every registered type, and one bounded pool per
 * type that runs the handlers and reports each outcome back to the store. What "claim",
 * "acknowledge" and "retry" mean is the store's business; the retry policy (backoff, maximum
 * attempts) is decided here once.
 */
public final class PollingWorkers implements JobWorkers {
    private static final Logger log = LoggerFactory.getLogger(PollingWorkers.class);
    private static final int MAX_ERROR_CHARS = 4000;
    /** Time the store's clean-up gets after the workers stopped, even when the grace is used up. */
    static final Duration RELEASE_AT_LEAST = Duration.ofSeconds(1);

    /** The operations a job store offers its workers. Every method may be called from several processes at once. */
    public interface Store {

        /** Makes up to {@code max} due jobs of the type invisible to other workers and returns them. */
        List<Delivery> claim(String type, int max, Instant now);

        /** Acknowledges the job; false when the lease was lost (the job was delivered again elsewhere). */
        boolean complete(Delivery delivery);

        /** Makes the job due again at {@code dueAt}, keeping the error; false when the lease was lost. */
        boolean retryLater(Delivery delivery, String error, Instant dueAt, Instant now);

        /** Dead-letters the job with its error; false when the lease was lost. */
        boolean bury(Delivery delivery, String error, Instant now);

        /** Enqueues the schedule's job when its interval has come and no other process fired it. */
        void fireIfDue(RecurringJob schedule, Instant now);

        /** Called once per registered type before polling starts. */
        default void prepare(String type) {
        }

        /** Called once per registered type after the workers stopped and their handlers finished or were interrupted. */
        default void release(String type) {
        }
    }

    /**
     * One delivery of a job. {@code lease} proves that this delivery is still the current one; a
     * worker that outlived its visibility timeout holds a stale lease and its outcome is ignored.
     * {@code receipt} is whatever else the store needs to acknowledge (a stream entry id).
     */
    public record Delivery(Job job, String lease, String receipt) {
        public Delivery {
            Objects.requireNonNull(job, "job");
            Objects.requireNonNull(lease, "lease");
        }
    }

    /**
     * {@code backlog}: the last claim took as many jobs as there were free workers, so more may be due;
     * {@code claimQueued}: a claim for this type already waits on the poller thread.
     */
    private record Registration(String type, JobHandler handler, HandlerOptions options, Semaphore permits,
                                AtomicBoolean backlog, AtomicBoolean claimQueued) {
        Registration(String type, JobHandler handler, HandlerOptions options) {
            this(type, handler, options, new Semaphore(options.concurrency()), new AtomicBoolean(), new AtomicBoolean());
        }
    }

    private final Store store;
    private final JobQueueSettings settings;
    private final Clock clock;
    private final String name;
    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
    private final Map<String, ExecutorService> pools = new ConcurrentHashMap<>();
    private final List<RecurringJob> schedules = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService poller;
    private volatile boolean started;
    private volatile boolean stopping;

    public PollingWorkers(Store store, JobQueueSettings settings, Clock clock, String name) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public synchronized void register(String type, JobHandler handler, HandlerOptions options) {
        JobType.requireValid(type);
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(options, "options");
        if (started) {
            throw new IllegalStateException("register handlers before start()");
        }
        if (registrations.putIfAbsent(type, new Registration(type, handler, options)) != null) {
            throw new IllegalStateException("a handler for '" + type + "' is already registered");
        }
    }

    @Override
    public synchronized void schedule(RecurringJob recurring) {
        Objects.requireNonNull(recurring, "recurring");
        if (started) {
            throw new IllegalStateException("declare schedules before start()");
        }
        if (schedules.stream().anyMatch(s -> s.name().equals(recurring.name()))) {
            throw new IllegalStateException("a schedule named '" + recurring.name() + "' is already declared");
        }
        schedules.add(recurring);
    }

    public Set<String> registeredTypes() {
        return Set.copyOf(registrations.keySet());
    }

    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        stopping = false;
        for (Registration registration : registrations.values()) {
            store.prepare(registration.type());
            pools.put(registration.type(), Executors.newFixedThreadPool(registration.options().concurrency(),
                    threads(name + "-" + registration.type())));
        }
        poller = Executors.newSingleThreadScheduledExecutor(threads(name + "-poller"));
        poller.scheduleWithFixedDelay(this::tick, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop(Duration grace) {
        if (!started) {
            return;
        }
        stopping = true;
        long deadline = System.nanoTime() + Math.max(grace.toNanos(), 0);
        poller.shutdown();
        awaitQuietly(poller, deadline);
        poller.shutdownNow();
        pools.values().forEach(ExecutorService::shutdown);
        for (ExecutorService pool : pools.values()) {
            if (!awaitQuietly(pool, deadline)) {
                // Interrupted handlers leave their jobs unacknowledged: they are delivered again after
                // the visibility timeout, which is the at-least-once promise, not a loss.
                pool.shutdownNow();
            }
        }
        pools.clear();
        started = false;
        releaseAll(Math.max(deadline, System.nanoTime() + RELEASE_AT_LEAST.toNanos()));
    }

    /*
     * Releasing is a courtesy to the store (Redis drops an idle consumer); with the store out of
     * reach each call would wait out its command timeout, once per type, and hold the stop up far
     * beyond its grace. So it runs beside the stop, which waits for it only until the deadline.
     */
    private void releaseAll(long deadlineNanos) {
        List<String> types = List.copyOf(registrations.keySet());
        Thread releasing = threads(name + "-release").newThread(() -> {
            for (String type : types) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                try {
                    store.release(type);
                } catch (RuntimeException e) {
                    log.debug("could not release {}: {}", type, e.toString());
                }
            }
        });
        releasing.start();
        try {
            releasing.join(Math.max(TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()), 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (releasing.isAlive()) {
            log.warn("{}: the job store did not answer while stopping; its clean-up is left unfinished", name);
            releasing.interrupt();
        }
    }

    private void tick() {
        if (stopping) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (RecurringJob schedule : schedules) {
                try {
                    store.fireIfDue(schedule, now);
                } catch (RuntimeException e) {
                    log.warn("could not fire schedule {}: {}", schedule.name(), e.toString());
                }
            }
            for (Registration registration : registrations.values()) {
                poll(registration);
            }
        } catch (RuntimeException e) {
            log.warn("job poll failed: {}", e.toString());
        }
    }

    private void poll(Registration registration) {
        int free = registration.permits().availablePermits();
        if (free == 0 || stopping) {
            return;
        }
        List<Delivery> deliveries;
        try {
            deliveries = store.claim(registration.type(), free, clock.instant());
        } catch (RuntimeException e) {
            log.warn("could not claim {} jobs: {}", registration.type(), e.toString());
            return;
        }
        registration.backlog().set(deliveries.size() >= free);
        ExecutorService pool = pools.get(registration.type());
        for (Delivery delivery : deliveries) {
            registration.permits().acquireUninterruptibly();
            try {
                pool.execute(() -> {
                    try {
                        run(registration, delivery);
                    } finally {
                        registration.permits().release();
                        claimAgainIfBacklogged(registration);
                    }
                });
            } catch (RejectedExecutionException | NullPointerException e) {
                // Stopping: the claimed job stays leased and is delivered again after the timeout.
                registration.permits().release();
            }
        }
    }

    /**
     * A claim that filled every free worker may have left due jobs behind: a freed worker claims again at
     * once instead of waiting for the next tick, which otherwise capped a type at about one job per worker
     * and poll interval however short its jobs. Claims stay on the poller thread, one queued per type.
     */
    private void claimAgainIfBacklogged(Registration registration) {
        if (stopping || !registration.backlog().get() || !registration.claimQueued().compareAndSet(false, true)) {
            return;
        }
        try {
            poller.execute(() -> {
                registration.claimQueued().set(false);
                try {
                    poll(registration);
                } catch (RuntimeException e) {
                    log.warn("job poll failed: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            // Stopping: the poller takes no more work; the next start polls afresh.
            registration.claimQueued().set(false);
        }
    }

    private void run(Registration registration, Delivery delivery) {
        Job job = delivery.job();
        int maxAttempts = registration.options().maxAttempts();
        try {
            if (job.attempt() > maxAttempts) {
                // Deliveries count up even when a worker died mid-job, so a job that kills its
                // worker every time ends dead instead of taking workers down forever.
                store.bury(delivery, "gave up after " + (job.attempt() - 1)
                        + " deliveries without an acknowledgement", clock.instant());
                return;
            }
            try {
                registration.handler().handle(job);
            } catch (Exception | AssertionError | LinkageError failure) {
                if (stopping && (failure instanceof InterruptedException || Thread.currentThread().isInterrupted())) {
                    return;
                }
                String error = describe(failure);
                Instant now = clock.instant();
                if (job.attempt() < maxAttempts) {
                    Duration backoff = settings.backoffAfter(job.attempt());
                    log.info("job {} ({}) attempt {} failed, retrying in {}: {}", job.id(), job.type(),
                            job.attempt(), backoff, error);
                    store.retryLater(delivery, error, now.plus(backoff), now);
                } else {
                    log.warn("job {} ({}) failed its last attempt {} and is dead: {}", job.id(), job.type(),
                            job.attempt(), error);
                    store.bury(delivery, error, now);
                }
                return;
            }
            if (!store.complete(delivery)) {
                log.info("job {} ({}) finished after its lease expired; another delivery owns it", job.id(), job.type());
            }
        } catch (RuntimeException e) {
            // The store did not take the outcome: the lease expires and the job is delivered again.
            log.warn("could not record the outcome of job {} ({}): {}", job.id(), job.type(), e.toString());
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getName() + (message == null ? "" : ": " + message);
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS);
    }

    private static boolean awaitQuietly(ExecutorService executor, long deadlineNanos) {
        try {
            return executor.awaitTermination(Math.max(deadlineNanos - System.nanoTime(), 0), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Types with a handler here and types seen in the store, sorted, so stats list idle queues too. */
    public static List<String> union(Set<String> registered, List<String> stored) {
        TreeSet<String> all = new TreeSet<>(registered);
        all.addAll(stored);
        return new ArrayList<>(all);
    }
}
