package in.mrmentor.jobs;

import in.mrmentor.jobs.port.QueueAdministration;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of every queue, read from the queue's store: the platform's own job types (with zeros when
 * nothing is queued) and any other type that has jobs stored. The store's own answer lists only the
 * types with jobs or a handler in this process, so {@code mas queues stats} (no handlers) printed only
 * a header while the server's view listed four types; this is what both, and the metrics, show.
 */
public final class QueueDepths {
    private final QueueAdministration queues;

    public QueueDepths(QueueAdministration queues) {
        this.queues = queues;
    }

    /** Ordered by type. */
    public List<QueueStats> all() {
        Map<String, QueueStats> byType = new TreeMap<>();
        JobType.PLATFORM_TYPES.forEach(type -> byType.put(type, QueueStats.empty(type)));
        queues.stats().forEach(stats -> byType.put(stats.type(), stats));
        return List.copyOf(byType.values());
    }
}
