package in.mrmentor.messaging;

import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.RecurringJob;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping the workers keeps its deadline whatever the store does. */
class PollingWorkersStopTest {

    /** A store that is out of reach: every call hangs until its command timeout, as Redis does (10 s). */
    private static final class UnreachableStore implements PollingWorkers.Store {
        private final CountDownLatch never = new CountDownLatch(1);

        private void hang() {
            try {
                never.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public List<PollingWorkers.Delivery> claim(String type, int max, Instant now) {
            hang();
            return List.of();
        }

        @Override
        public boolean complete(PollingWorkers.Delivery delivery) {
            return false;
        }

        @Override
        public boolean retryLater(PollingWorkers.Delivery delivery, String error, Instant dueAt, Instant now) {
            return false;
        }

        @Override
        public boolean bury(PollingWorkers.Delivery delivery, String error, Instant now) {
            return false;
        }

        @Override
        public void fireIfDue(RecurringJob schedule, Instant now) {
            hang();
        }

        @Override
        public void release(String type) {
            hang();
        }
    }

    @Test
    void aStoreThatNoLongerAnswersCannotHoldTheStopBeyondItsGrace() throws Exception {
        PollingWorkers workers = new PollingWorkers(new UnreachableStore(), JobQueueSettings.defaults(), Clock.systemUTC(),
                "unreachable");
        for (String type : List.of("email", "email-sweep", "cleanup", "kpi")) {
            workers.register(type, job -> { }, HandlerOptions.of(1, 3));
        }
        workers.start();
        Thread.sleep(100);

        long started = System.nanoTime();
        workers.stop(Duration.ofMillis(500));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // The grace, then at most the second the store's clean-up is given, not a timeout per type.
        assertThat(took).isLessThan(Duration.ofMillis(2_000));
    }
}
