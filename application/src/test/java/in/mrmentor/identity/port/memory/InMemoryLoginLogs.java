package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.LoginLog;
import in.mrmentor.identity.port.LoginLogs;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

public final class InMemoryLoginLogs implements LoginLogs, InMemoryTransactions.Participant {
    private final List<LoginLog> rows = new ArrayList<>();

    @Override
    public synchronized void record(LoginLog log) {
        rows.add(log);
    }

    @Override
    public synchronized List<LoginLog> newestFor(String email, int limit) {
        // Newest instant first; within one instant, the latest written first (the list index plays seq).
        return IntStream.range(0, rows.size()).boxed()
                .filter(i -> rows.get(i).email().equals(email))
                .sorted(Comparator.<Integer, Instant>comparing(i -> rows.get(i).at())
                        .thenComparing(i -> i).reversed())
                .limit(limit)
                .map(rows::get)
                .toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<LoginLog> copy = new ArrayList<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.addAll(copy);
            }
        };
    }
}
