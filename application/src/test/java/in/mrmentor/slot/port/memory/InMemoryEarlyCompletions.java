package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.EarlyCompletion;
import in.mrmentor.slot.port.EarlyCompletions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Early completions in memory, one per slot as the table's primary key keeps them. */
public final class InMemoryEarlyCompletions implements EarlyCompletions, InMemoryTransactions.Participant {
    private final Map<UUID, EarlyCompletion> rows = new HashMap<>();

    @Override
    public synchronized void record(EarlyCompletion completion) {
        if (rows.putIfAbsent(completion.slotId(), completion) != null) {
            throw new IllegalStateException("slot " + completion.slotId() + " was already completed early");
        }
    }

    @Override
    public synchronized Optional<EarlyCompletion> forSlot(UUID slotId) {
        return Optional.ofNullable(rows.get(slotId));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, EarlyCompletion> copy = new HashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
