package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.port.TokenUsages;
import in.mrmentor.token.BookingSpend;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryTokenUsages implements TokenUsages, InMemoryTransactions.Participant {
    private final Map<UUID, TokenUsage> rows = new HashMap<>();

    @Override
    public synchronized void record(UUID slotId, UUID studentId, BookingSpend spent, Instant at) {
        if (rows.putIfAbsent(slotId, new TokenUsage(slotId, studentId, spent, at, null)) != null) {
            throw new IllegalStateException("a slot is paid for once: " + slotId);
        }
    }

    @Override
    public synchronized Optional<TokenUsage> find(UUID slotId) {
        return Optional.ofNullable(rows.get(slotId));
    }

    @Override
    public synchronized boolean markRefunded(UUID slotId, Instant at) {
        TokenUsage usage = rows.get(slotId);
        if (usage == null || usage.refundedAt() != null) {
            return false;
        }
        rows.put(slotId, new TokenUsage(slotId, usage.studentId(), usage.spent(), usage.at(), at));
        return true;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, TokenUsage> copy = new HashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
