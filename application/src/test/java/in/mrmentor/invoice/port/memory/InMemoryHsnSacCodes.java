package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.HsnSac;
import in.mrmentor.invoice.port.HsnSacCodes;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Starts with 999293 at 18 %, as the migration seeds it. */
public final class InMemoryHsnSacCodes implements HsnSacCodes, InMemoryTransactions.Participant {
    private final TreeMap<String, HsnSac> rows = new TreeMap<>();

    public InMemoryHsnSacCodes() {
        rows.put(HsnSac.COACHING, new HsnSac(HsnSac.COACHING, "Commercial training and coaching services", GstRate.percent(18)));
    }

    @Override
    public synchronized Optional<HsnSac> find(String code) {
        return Optional.ofNullable(rows.get(code));
    }

    @Override
    public synchronized List<HsnSac> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized boolean add(HsnSac entry) {
        return rows.putIfAbsent(entry.code(), entry) == null;
    }

    @Override
    public synchronized Runnable snapshot() {
        var copy = new TreeMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
