package in.mrmentor.program;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A batch's lifecycle (PROGRAMS.md "Batches"): {@code UPCOMING -> ACTIVE -> COMPLETED}, and
 * {@code UPCOMING | ACTIVE -> CANCELLED}. Anything else is 409 {@code INVALID_TRANSITION}.
 */
public enum BatchStatus {
    UPCOMING,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    private static final Map<BatchStatus, Set<BatchStatus>> TRANSITIONS = new EnumMap<>(BatchStatus.class);

    static {
        TRANSITIONS.put(UPCOMING, EnumSet.of(ACTIVE, CANCELLED));
        TRANSITIONS.put(ACTIVE, EnumSet.of(COMPLETED, CANCELLED));
        TRANSITIONS.put(COMPLETED, EnumSet.noneOf(BatchStatus.class));
        TRANSITIONS.put(CANCELLED, EnumSet.noneOf(BatchStatus.class));
    }

    public boolean canMoveTo(BatchStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** Students see and apply to upcoming and active batches only. */
    public boolean isOpen() {
        return this == UPCOMING || this == ACTIVE;
    }
}
