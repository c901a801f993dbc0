package in.mrmentor.slot.port;

import in.mrmentor.slot.EarlyCompletion;

import java.util.Optional;
import java.util.UUID;

/** The reasons administrators gave for completing meetings before their start: at most one per slot, kept for good. */
public interface EarlyCompletions {

    void record(EarlyCompletion completion);

    Optional<EarlyCompletion> forSlot(UUID slotId);
}
