package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * For tests and single-process use only: the counts live in this JVM. {@link #lock} has nothing to
 * do because {@link InMemoryTransactions} runs one unit of work at a time.
 */
public final class InMemoryLoginAttempts implements LoginAttempts, InMemoryTransactions.Participant {
    private record Failure(String key, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public void lock(String key) {
        // Serialized by InMemoryTransactions.
    }

    @Override
    public synchronized List<Instant> failuresSince(String key, Instant since) {
        return failures.stream()
                .filter(f -> f.key().equals(key) && f.at().isAfter(since))
                .map(Failure::at)
                .sorted()
                .toList();
    }

    @Override
    public synchronized void recordFailure(String key, Instant at) {
        failures.add(new Failure(key, at));
    }

    @Override
    public synchronized void clear(String key) {
        failures.removeIf(f -> f.key().equals(key));
    }

    @Override
    public synchronized long purgeOlderThan(Instant cutoff) {
        int before = failures.size();
        failures.removeIf(f -> f.at().isBefore(cutoff));
        return before - failures.size();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<Failure> copy = new ArrayList<>(failures);
        return () -> {
            synchronized (this) {
                failures.clear();
                failures.addAll(copy);
            }
        };
    }
}
