package in.mrmentor.bootstrap.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stopping the service in two phases, each step under a deadline, so that whatever is down the
 * whole stop takes at most {@code SHUTDOWN_TIMEOUT_SECONDS} plus six seconds: an
 * orchestrator kills a process that overstays. The drains (in-flight requests, running jobs) run at
 * once and share the shutdown timeout; then the closing steps (pool, embedded database) run in
 * order within the closing budget. A step that overruns is left behind on its daemon thread, logged,
 * and the stop goes on: the process is going away and the remaining steps matter more. Seed
 * behaviour fixed: with PostgreSQL and Redis down a stop took 100 s for a 20 s timeout.
 */
public final class BoundedStop {
    public static final Duration CLOSING_BUDGET = Duration.ofSeconds(5);
    /** Lets a drain that kept to the timeout finish cutting what overran it (Jetty aborts late requests). */
    public static final Duration DRAIN_SLACK = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(BoundedStop.class);

    /** One step; it is told how long it may take and should keep to it. */
    public record Step(String name, Consumer<Duration> action) {
        public static Step of(String name, Runnable action) {
            return new Step(name, grace -> action.run());
        }
    }

    private BoundedStop() {
    }

    public static void run(Duration shutdownTimeout, List<Step> drains, List<Step> closing) {
        long drainDeadline = System.nanoTime() + shutdownTimeout.plus(DRAIN_SLACK).toNanos();
        List<Thread> running = new ArrayList<>();
        for (Step drain : drains) {
            running.add(launch(drain, shutdownTimeout));
        }
        for (int i = 0; i < running.size(); i++) {
            awaitUntil(running.get(i), drains.get(i), drainDeadline);
        }
        long closeDeadline = System.nanoTime() + CLOSING_BUDGET.toNanos();
        for (Step step : closing) {
            awaitUntil(launch(step, Duration.ofNanos(Math.max(closeDeadline - System.nanoTime(), 0))), step, closeDeadline);
        }
    }

    private static Thread launch(Step step, Duration grace) {
        Thread thread = new Thread(() -> {
            try {
                step.action().accept(grace);
            } catch (RuntimeException e) {
                LOG.warn("A shutdown step failed ({}): {}", step.name(), e.toString());
            }
        }, "mas-stop-" + step.name().replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void awaitUntil(Thread thread, Step step, long deadlineNanos) {
        try {
            thread.join(Math.max(Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis(), 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("Shutdown step '{}' did not finish in time; stopping without it", step.name());
            thread.interrupt();
        }
    }
}
