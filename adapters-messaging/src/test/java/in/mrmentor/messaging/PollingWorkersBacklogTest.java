package in.mrmentor.messaging;

import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.RecurringJob;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A backlog is worked off as fast as the handlers run, not one claim per worker and poll interval. */
class PollingWorkersBacklogTest {
    private static final String TYPE = "email";
    /** So long that a test waiting for the next tick could never pass. */
    private static final Duration ONE_HOUR = Duration.ofHours(1);

    /** Ready jobs in memory; every claim is counted. */
    private static final class ReadyJobs implements PollingWorkers.Store {
        private final Queue<Job> ready = new ConcurrentLinkedQueue<>();
        private final AtomicInteger completed = new AtomicInteger();
        private final AtomicInteger claims = new AtomicInteger();

        ReadyJobs(int count) {
            for (int i = 0; i < count; i++) {
                ready.add(new Job(UUID.randomUUID(), TYPE, "{}", 1, Instant.EPOCH));
            }
        }

        @Override
        public List<PollingWorkers.Delivery> claim(String type, int max, Instant now) {
            claims.incrementAndGet();
            List<PollingWorkers.Delivery> taken = new ArrayList<>();
            Job job;
            while (taken.size() < max && (job = ready.poll()) != null) {
                taken.add(new PollingWorkers.Delivery(job, "lease", null));
            }
            return taken;
        }

        @Override
        public boolean complete(PollingWorkers.Delivery delivery) {
            completed.incrementAndGet();
            return true;
        }

        @Override
        public boolean retryLater(PollingWorkers.Delivery delivery, String error, Instant dueAt, Instant now) {
            return true;
        }

        @Override
        public boolean bury(PollingWorkers.Delivery delivery, String error, Instant now) {
            return true;
        }

        @Override
        public void fireIfDue(RecurringJob schedule, Instant now) {
        }
    }

    @Test
    void freedWorkersClaimAgainWhileJobsAreWaitingAndStopClaimingOnceTheyAreGone() throws Exception {
        var store = new ReadyJobs(200);
        var workers = new PollingWorkers(store, new JobQueueSettings(ONE_HOUR, Duration.ofMinutes(5),
                Duration.ofSeconds(10), Duration.ofHours(1)), Clock.systemUTC(), "backlog");
        workers.register(TYPE, job -> { }, HandlerOptions.of(2, 3));
        workers.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (store.completed.get() < 200 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            // Only the first tick ran in this hour: every job after the first two came from a re-claim.
            assertThat(store.completed.get()).isEqualTo(200);
            Thread.sleep(200);
            int claimsWhenDone = store.claims.get();
            Thread.sleep(300);
            // The claim that came back short ended the re-claims: an empty queue is not polled in a loop.
            assertThat(store.claims.get()).isEqualTo(claimsWhenDone).isLessThanOrEqualTo(200);
        } finally {
            workers.stop(Duration.ofSeconds(5));
        }
    }
}
