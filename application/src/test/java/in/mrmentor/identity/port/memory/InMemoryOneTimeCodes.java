package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.OneTimeCode;
import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryOneTimeCodes implements OneTimeCodes, InMemoryTransactions.Participant {
    private record Key(Email email, OneTimeCode.Purpose purpose) {
        static Key of(OneTimeCode code) {
            return new Key(code.email(), code.purpose());
        }
    }

    private final Map<Key, OneTimeCode> rows = new LinkedHashMap<>();

    @Override
    public synchronized void put(OneTimeCode code) {
        rows.put(Key.of(code), code);
    }

    @Override
    public synchronized Optional<OneTimeCode> lockFor(Email email, OneTimeCode.Purpose purpose) {
        return Optional.ofNullable(rows.get(new Key(email, purpose)));
    }

    @Override
    public synchronized boolean update(OneTimeCode code) {
        OneTimeCode existing = rows.get(Key.of(code));
        if (existing == null || !existing.id().equals(code.id())) {
            return false;
        }
        rows.put(Key.of(code), code);
        return true;
    }

    @Override
    public synchronized void remove(UUID id) {
        rows.values().removeIf(code -> code.id().equals(id));
    }

    @Override
    public synchronized long purgeExpiredBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(code -> code.expiresAt().isBefore(cutoff));
        return before - rows.size();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Key, OneTimeCode> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
