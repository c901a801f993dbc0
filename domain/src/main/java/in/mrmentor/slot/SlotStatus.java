package in.mrmentor.slot;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The slot lifecycle of seed 003, with the two exits from {@code UNDER_REVIEW} that the seed leaves
 * open (DOMAIN.md). Every allowed move is in {@link #TRANSITIONS}; anything else is refused.
 */
public enum SlotStatus {
    TENTATIVE,
    MEETING_REQUESTED,
    CONFIRMED,
    UNDER_REVIEW,
    COMPLETED,
    CANCELLATION_REQUESTED,
    CANCELLED;

    private static final Map<SlotStatus, Set<SlotStatus>> TRANSITIONS = new EnumMap<>(SlotStatus.class);

    static {
        TRANSITIONS.put(TENTATIVE, EnumSet.of(MEETING_REQUESTED, CONFIRMED));
        TRANSITIONS.put(MEETING_REQUESTED, EnumSet.of(CONFIRMED));
        TRANSITIONS.put(CONFIRMED, EnumSet.of(UNDER_REVIEW, COMPLETED, CANCELLATION_REQUESTED, CANCELLED));
        TRANSITIONS.put(UNDER_REVIEW, EnumSet.of(COMPLETED, CANCELLED));
        TRANSITIONS.put(CANCELLATION_REQUESTED, EnumSet.of(CANCELLED));
        TRANSITIONS.put(COMPLETED, EnumSet.noneOf(SlotStatus.class));
        TRANSITIONS.put(CANCELLED, EnumSet.noneOf(SlotStatus.class));
    }

    public boolean canMoveTo(SlotStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** A live slot still occupies the mentor's time; only a cancelled one frees it. */
    public boolean isLive() {
        return this != CANCELLED;
    }
}
