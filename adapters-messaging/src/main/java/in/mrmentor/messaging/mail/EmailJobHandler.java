package in.mrmentor.messaging.mail;

import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobHandler;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.mail.DeliverEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Runs {@link DeliverEmail} for each {@code email} job. It must know the type's maximum attempts,
 * so the last attempt can mark the message FAILED before the queue dead-letters the job;
 * {@link #register} keeps the two numbers from drifting apart.
 */
public final class EmailJobHandler implements JobHandler {
    private static final Logger log = LoggerFactory.getLogger(EmailJobHandler.class);

    private final DeliverEmail deliverEmail;
    private final int maxAttempts;

    public EmailJobHandler(DeliverEmail deliverEmail, int maxAttempts) {
        this.deliverEmail = Objects.requireNonNull(deliverEmail, "deliverEmail");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be positive");
        }
        this.maxAttempts = maxAttempts;
    }

    /** Registers a handler for {@link JobType#EMAIL} whose last attempt is the one {@code options} allows. */
    public static void register(JobWorkers workers, DeliverEmail deliverEmail, HandlerOptions options) {
        workers.register(JobType.EMAIL, new EmailJobHandler(deliverEmail, options.maxAttempts()), options);
    }

    @Override
    public void handle(Job job) {
        var outboxId = JobQueueDeliveryQueue.outboxIdOf(job.payload());
        DeliverEmail.Result result = deliverEmail.deliver(outboxId, job.attempt(), maxAttempts);
        if (result == DeliverEmail.Result.KEPT) {
            // Ids only: the recipient's address is personal data and stays out of the log.
            log.info("outbox message {} kept (no SMTP configured); read it with: mas outbox show {}", outboxId, outboxId);
        } else {
            log.debug("email job {} for outbox message {}: {}", job.id(), outboxId, result);
        }
    }
}
