package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.port.RequestCounters;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** For tests and single-process use only: the counts live in this JVM. */
public final class InMemoryRequestCounters implements RequestCounters {
    private record Window(String key, Instant start) {
    }

    private final Map<Window, Long> counts = new ConcurrentHashMap<>();

    @Override
    public long countOne(String key, Instant windowStart) {
        return counts.merge(new Window(key, windowStart), 1L, Long::sum);
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        long before = counts.size();
        counts.keySet().removeIf(window -> window.start().isBefore(cutoff));
        return before - counts.size();
    }
}
