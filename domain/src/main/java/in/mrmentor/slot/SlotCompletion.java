package in.mrmentor.slot;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Slot#complete} decided: the slot afterwards, whether the meeting ended with this call
 * (so its end is logged once), the credit the mentor is owed now, if any, and the early completion
 * to record when an administrator ended it before its start.
 */
public record SlotCompletion(Slot slot, boolean endedNow, Optional<MeetingCredit> credit,
                             Optional<EarlyCompletion> early) {
    public SlotCompletion {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(early, "early");
    }
}
