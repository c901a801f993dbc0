package in.mrmentor.messaging.mail;

import java.util.List;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.port.JobQueue;
import in.mrmentor.mail.port.DeliveryQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Queues each outbox message's delivery as an {@code email} job whose payload and de-duplication
 * key are the outbox id, so a second request (the sweep, a retried use case) while the job is live
 * is a no-op. The mail context cannot see the jobs context's port; this bridge lives out here.
 *
 * <p>An enqueue failure is logged, not thrown: the outbox row is the durable record and the
 * outbox sweep re-enqueues it, so a Redis outage does not fail the user's action. (On the
 * PostgreSQL queue the enqueue shares the caller's transaction, and a failure there aborts it anyway.)
 */
public final class JobQueueDeliveryQueue implements DeliveryQueue {
    private static final Logger log = LoggerFactory.getLogger(JobQueueDeliveryQueue.class);
    private static final Pattern PAYLOAD = Pattern.compile("\\{\\s*\"outboxId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"\\s*}");

    private final JobQueue queue;

    public JobQueueDeliveryQueue(JobQueue queue) {
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    @Override
    public void enqueueDelivery(UUID outboxId) {
        Objects.requireNonNull(outboxId, "outboxId");
        try {
            queue.enqueue(NewJob.of(JobType.EMAIL, payloadFor(outboxId)).dedupedBy(dedupKeyFor(outboxId)));
        } catch (RuntimeException e) {
            log.warn("could not queue the delivery of outbox message {}; the outbox sweep will: {}", outboxId,
                    e.toString());
        }
    }

    @Override
    public void enqueueDeliveries(List<UUID> outboxIds) {
        outboxIds.forEach(id -> Objects.requireNonNull(id, "outboxId"));
        try {
            queue.enqueueAll(outboxIds.stream()
                    .map(id -> NewJob.of(JobType.EMAIL, payloadFor(id)).dedupedBy(dedupKeyFor(id))).toList());
        } catch (RuntimeException e) {
            log.warn("could not queue the delivery of outbox messages {}; the outbox sweep will: {}", outboxIds,
                    e.toString());
        }
    }

    static String dedupKeyFor(UUID outboxId) {
        return "outbox:" + outboxId;
    }

    /** The job payload: JSON, as every job's payload is by convention. */
    static String payloadFor(UUID outboxId) {
        return "{\"outboxId\":\"" + outboxId + "\"}";
    }

    static UUID outboxIdOf(String payload) {
        Matcher matcher = PAYLOAD.matcher(payload);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("an email job's payload must be {\"outboxId\":\"<uuid>\"}");
        }
        return UUID.fromString(matcher.group(1));
    }
}
