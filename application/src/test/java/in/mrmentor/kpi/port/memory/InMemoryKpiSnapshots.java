package in.mrmentor.kpi.port.memory;

import in.mrmentor.kpi.KpiSnapshot;
import in.mrmentor.kpi.port.KpiSnapshots;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** For tests: the snapshots live in this JVM, by time taken. */
public final class InMemoryKpiSnapshots implements KpiSnapshots {
    private final ConcurrentSkipListMap<Instant, KpiSnapshot> byTime = new ConcurrentSkipListMap<>();

    @Override
    public void save(KpiSnapshot snapshot) {
        byTime.put(snapshot.takenAt(), snapshot);
    }

    @Override
    public Optional<KpiSnapshot> latest() {
        return Optional.ofNullable(byTime.lastEntry()).map(Map.Entry::getValue);
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        Map.Entry<Instant, KpiSnapshot> newest = byTime.lastEntry();
        long removed = 0;
        for (Instant takenAt : byTime.headMap(cutoff).keySet()) {
            if (newest != null && !takenAt.equals(newest.getKey())) {
                KpiSnapshot gone = byTime.remove(takenAt);
                removed += gone.usersByRole().size() + gone.outboxByStatus().size();
            }
        }
        return removed;
    }
}
