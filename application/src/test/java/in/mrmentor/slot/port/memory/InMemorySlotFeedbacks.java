package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.SlotFeedback;
import in.mrmentor.slot.port.SlotFeedbacks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Feedback in memory, keyed by slot: the second one for a slot is refused, as the unique key does. */
public final class InMemorySlotFeedbacks implements SlotFeedbacks, InMemoryTransactions.Participant {
    private final Map<UUID, SlotFeedback> bySlot = new HashMap<>();

    @Override
    public synchronized boolean add(SlotFeedback feedback) {
        return bySlot.putIfAbsent(feedback.slotId(), feedback) == null;
    }

    @Override
    public synchronized Optional<SlotFeedback> forSlot(UUID slotId) {
        return Optional.ofNullable(bySlot.get(slotId));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, SlotFeedback> copy = new HashMap<>(bySlot);
        return () -> {
            synchronized (this) {
                bySlot.clear();
                bySlot.putAll(copy);
            }
        };
    }
}
