package in.mrmentor.slot.port;

import in.mrmentor.slot.SlotFeedback;

import java.util.Optional;
import java.util.UUID;

public interface SlotFeedbacks {

    /** Stores the feedback; false when the slot already has some (one per slot, backed by a unique key). */
    boolean add(SlotFeedback feedback);

    Optional<SlotFeedback> forSlot(UUID slotId);
}
