package in.mrmentor.kpi.port;

import in.mrmentor.kpi.KpiSnapshot;

import java.time.Instant;
import java.util.Optional;

/**
 * The stored KPI snapshots (the seed's {@code performance_metrics}): the job that takes one runs in a
 * single process per interval, and every process publishes the last stored one, so all instances
 * report the same figures and a restart shows them at once instead of NaN.
 */
public interface KpiSnapshots {

    void save(KpiSnapshot snapshot);

    /** The snapshot with the latest {@code takenAt}. */
    Optional<KpiSnapshot> latest();

    /** Removes the snapshots taken before {@code cutoff}, never the latest one; answers how many figures went. */
    long purgeBefore(Instant cutoff);
}
