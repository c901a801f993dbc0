package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.port.SeriesCounters;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.HashMap;
import java.util.Map;

/** Counters in a map; the in-memory transactions run one unit at a time, which is the row lock here. */
public final class InMemorySeriesCounters implements SeriesCounters, InMemoryTransactions.Participant {
    private final Map<String, Long> last = new HashMap<>();

    private static String key(String prefix, FinancialYear year) {
        return prefix + "/" + year.code();
    }

    @Override
    public synchronized long next(String prefix, FinancialYear year) {
        return last.merge(key(prefix, year), 1L, Long::sum);
    }

    @Override
    public synchronized long last(String prefix, FinancialYear year) {
        return last.getOrDefault(key(prefix, year), 0L);
    }

    @Override
    public synchronized java.util.List<FinancialYear> years() {
        return last.keySet().stream().map(key -> FinancialYear.parse(key.substring(key.lastIndexOf('/') + 1)))
                .distinct().sorted().toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, Long> copy = new HashMap<>(last);
        return () -> {
            synchronized (this) {
                last.clear();
                last.putAll(copy);
            }
        };
    }
}
