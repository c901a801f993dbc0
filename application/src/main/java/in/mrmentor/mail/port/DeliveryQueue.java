package in.mrmentor.mail.port;

import java.util.List;
import java.util.UUID;

/**
 * Schedules the delivery of one outbox message in the background, so a slow or failing mail server
 * never holds up (or rolls back) the change that wrote the message, and a failure is retried.
 * Asking again while a delivery of the same message is still queued or running does nothing.
 */
public interface DeliveryQueue {

    void enqueueDelivery(UUID outboxId);

    /** Queues the delivery of every message; a queue that can writes the jobs in one statement. */
    default void enqueueDeliveries(List<UUID> outboxIds) {
        outboxIds.forEach(this::enqueueDelivery);
    }
}
