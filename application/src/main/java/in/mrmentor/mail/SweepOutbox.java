package in.mrmentor.mail;

import in.mrmentor.mail.port.DeliveryQueue;
import in.mrmentor.mail.port.OutboxStore;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Re-enqueues the delivery of messages left PENDING for longer than {@code olderThan}: the safety
 * net for a delivery job that never reached its queue (Redis unreachable after the row committed).
 * The queue ignores a second request while a delivery of the same message is queued or running,
 * so sweeping a message that is merely waiting out a retry backoff never doubles it.
 */
public final class SweepOutbox {
    private final OutboxStore outbox;
    private final DeliveryQueue deliveries;
    private final Clock clock;
    private final Duration olderThan;
    private final int batchSize;

    /**
     * @param olderThan longer than a healthy delivery takes, so the sweep only touches stranded messages
     * @param batchSize at most this many messages per sweep; the next sweep takes the rest
     */
    public SweepOutbox(OutboxStore outbox, DeliveryQueue deliveries, Clock clock, Duration olderThan, int batchSize) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.olderThan = Objects.requireNonNull(olderThan, "olderThan");
        if (olderThan.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("olderThan must not be negative and batchSize must be positive");
        }
        this.batchSize = batchSize;
    }

    /** Answers how many messages were handed to the queue again. */
    public int sweep() {
        List<UUID> stranded = outbox.pendingOlderThan(clock.instant().minus(olderThan), batchSize);
        stranded.forEach(deliveries::enqueueDelivery);
        return stranded.size();
    }
}
