package in.mrmentor.bootstrap.jobs;

import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.QueueDepths;
import in.mrmentor.jobs.QueueStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * {@code mas_jobs_queue_depth{type,state}}: jobs per type that are ready (due, not taken), running,
 * delayed and dead, read from the queue's store (PostgreSQL or Redis), so every process reports the
 * same numbers whether or not it runs workers. One read of the store serves a whole scrape: the counts
 * are kept for {@link #FRESH_FOR}.
 */
final class QueueDepthGauges {
    static final String NAME = "mas.jobs.queue.depth";
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Map<String, ToLongFunction<QueueStats>> STATES = Map.of(
            "ready", QueueStats::waiting, "running", QueueStats::running, "delayed", QueueStats::delayed,
            "dead", QueueStats::dead);

    private final QueueDepths depths;
    private Map<String, QueueStats> latest;
    private long readAtNanos;
    private boolean read;

    QueueDepthGauges(QueueDepths depths) {
        this.depths = depths;
    }

    void bindTo(MeterRegistry registry) {
        for (String type : new TreeSet<>(JobType.PLATFORM_TYPES)) {
            STATES.forEach((state, count) -> Gauge.builder(NAME, () -> depth(type, count))
                    .tag("type", type).tag("state", state)
                    .description("Jobs per type and state, read from the queue's store")
                    .register(registry));
        }
    }

    private double depth(String type, ToLongFunction<QueueStats> count) {
        Map<String, QueueStats> counts = current();
        if (counts == null) {
            // The store out of reach: NaN says "unknown", where a 0 would read as "nothing queued".
            return Double.NaN;
        }
        QueueStats stats = counts.get(type);
        return stats == null ? 0 : count.applyAsLong(stats);
    }

    private synchronized Map<String, QueueStats> current() {
        long now = System.nanoTime();
        if (!read || now - readAtNanos > FRESH_FOR.toNanos()) {
            try {
                latest = depths.all().stream().collect(Collectors.toMap(QueueStats::type, stats -> stats));
            } catch (RuntimeException storeDown) {
                latest = null;
            }
            readAtNanos = now;
            read = true;
        }
        return latest;
    }
}
