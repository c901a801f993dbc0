package in.mrmentor.idempotency.port.memory;

import in.mrmentor.idempotency.StoredResponse;
import in.mrmentor.idempotency.port.IdempotencyRecords;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency keys in memory. {@link InMemoryTransactions} runs one unit of work at a time, so a
 * duplicate simply finds the completed record of the unit before it; a failed unit's claim is undone.
 */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords, InMemoryTransactions.Participant {

    private record Row(String requestHash, Instant createdAt, StoredResponse response) {
    }

    private final Map<String, Row> rows = new HashMap<>();

    @Override
    public synchronized Optional<Earlier> claim(String scope, String key, String requestHash, Instant now,
                                                Instant expiredBefore) {
        Row row = rows.get(id(scope, key));
        if (row != null && !row.createdAt().isBefore(expiredBefore) && row.response() != null) {
            return Optional.of(new Earlier(row.requestHash(), row.response()));
        }
        rows.put(id(scope, key), new Row(requestHash, now, null));
        return Optional.empty();
    }

    @Override
    public synchronized void complete(String scope, String key, StoredResponse response) {
        rows.computeIfPresent(id(scope, key), (id, row) -> new Row(row.requestHash(), row.createdAt(), response));
    }

    private static String id(String scope, String key) {
        return scope + "\n" + key;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, Row> copy = new HashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
