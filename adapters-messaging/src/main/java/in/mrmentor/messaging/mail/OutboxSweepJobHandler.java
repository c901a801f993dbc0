package in.mrmentor.messaging.mail;

import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobHandler;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.mail.SweepOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;

/** Runs {@link SweepOutbox} for each {@link JobType#EMAIL_SWEEP} job; {@link #every} declares its schedule. */
public final class OutboxSweepJobHandler implements JobHandler {
    private static final Logger log = LoggerFactory.getLogger(OutboxSweepJobHandler.class);
    public static final String SCHEDULE_NAME = "email-outbox-sweep";

    private final SweepOutbox sweepOutbox;

    public OutboxSweepJobHandler(SweepOutbox sweepOutbox) {
        this.sweepOutbox = Objects.requireNonNull(sweepOutbox, "sweepOutbox");
    }

    /** The recurring sweep, fired once per interval across all processes. */
    public static RecurringJob every(Duration interval) {
        return RecurringJob.every(interval, SCHEDULE_NAME, JobType.EMAIL_SWEEP);
    }

    @Override
    public void handle(Job job) {
        int requeued = sweepOutbox.sweep();
        if (requeued > 0) {
            log.info("re-queued the delivery of {} stranded outbox message(s)", requeued);
        }
    }
}
