package in.mrmentor.slot;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An administrator completed a meeting before its start, and said why: kept, because it paid the mentor early. */
public record EarlyCompletion(UUID slotId, UUID adminId, String reason, Instant at) {
    public EarlyCompletion {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(adminId, "adminId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an early completion says why");
        }
    }
}
