package in.mrmentor.bootstrap;

import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.JobType;
import in.mrmentor.messaging.mail.EmailJobHandler;
import in.mrmentor.messaging.mail.OutboxSweepJobHandler;

import java.time.Duration;

/**
 * The job handlers and recurring schedules a serving process runs. Only {@code serve} starts
 * workers; the CLI's commands share the queue but never take jobs.
 */
final class Workers {
    static final HandlerOptions EMAIL = HandlerOptions.of(2, 8);
    static final HandlerOptions EMAIL_SWEEP = HandlerOptions.of(1, 3);
    static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

    private Workers() {
    }

    static void register(Backend backend) {
        var queue = backend.jobQueue;
        EmailJobHandler.register(queue, backend.deliverEmail, EMAIL);
        queue.register(JobType.EMAIL_SWEEP, new OutboxSweepJobHandler(backend.sweepOutbox), EMAIL_SWEEP);
        queue.schedule(OutboxSweepJobHandler.every(SWEEP_EVERY));
    }
}
