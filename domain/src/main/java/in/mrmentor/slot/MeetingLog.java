package in.mrmentor.slot;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

public record MeetingLog(UUID id, UUID slotId, UUID userId, MeetingAction action, Instant at) {
    public MeetingLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
