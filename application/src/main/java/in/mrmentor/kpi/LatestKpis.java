package in.mrmentor.kpi;

import in.mrmentor.kpi.port.KpiSnapshots;

import java.util.Optional;

/** The last stored snapshot, which the gauges of every process publish. */
public final class LatestKpis {
    private final KpiSnapshots snapshots;

    public LatestKpis(KpiSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    public Optional<KpiSnapshot> latest() {
        return snapshots.latest();
    }
}
