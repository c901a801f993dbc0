package in.mrmentor.slot;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Slot#complete} decided: the slot afterwards, whether the meeting ended with this call
 * (so its end is logged once), and the credit the mentor is owed now, if any.
 */
public record SlotCompletion(Slot slot, boolean endedNow, Optional<MeetingCredit> credit) {
    public SlotCompletion {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(credit, "credit");
    }
}
