package in.mrmentor.mail;

import in.mrmentor.mail.port.OutboxStore;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How many outbox messages are in each status: mail's share of the dashboard figures, open to other contexts. */
public final class CountOutboxByStatus {
    private final OutboxStore outbox;

    public CountOutboxByStatus(OutboxStore outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Every status, 0 when no message has it, so a dashboard series never disappears. */
    public Map<OutboxEntry.Status, Long> count() {
        Map<OutboxEntry.Status, Long> counts = new EnumMap<>(OutboxEntry.Status.class);
        for (OutboxEntry.Status status : OutboxEntry.Status.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(outbox.countByStatus());
        return Collections.unmodifiableMap(counts);
    }
}
