package in.mrmentor.bootstrap.kpi;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.kpi.LatestKpis;
import in.mrmentor.kpi.StoreKpiSnapshot;
import in.mrmentor.kpi.TakeKpiSnapshot;
import in.mrmentor.kpi.port.KpiSnapshots;
import in.mrmentor.mail.CountOutboxByStatus;
import in.mrmentor.messaging.KpiJobHandler;
import in.mrmentor.persistence.kpi.JdbiKpiSnapshots;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The dashboard snapshot (users per role, mail per status): taken by a recurring job, stored in
 * {@code performance_metrics}, and published as gauges by every process from the stored one.
 */
public final class KpiModule implements ContextModule {
    /** Snapshots older than this are purged by the cleanup job; the latest always stays. */
    static final Duration KEEP_SNAPSHOTS = Duration.ofDays(90);

    public final TakeKpiSnapshot takeKpiSnapshot;
    public final StoreKpiSnapshot storeKpiSnapshot;
    public final LatestKpis latestKpis;
    private final KpiSnapshots snapshots;
    private final Duration interval;
    private final Clock clock;

    public KpiModule(Platform platform, IdentityModule identity) {
        clock = platform.clock();
        takeKpiSnapshot = new TakeKpiSnapshot(identity.countUsersByRole, new CountOutboxByStatus(platform.outbox()), clock);
        snapshots = new JdbiKpiSnapshots(platform.jdbi());
        storeKpiSnapshot = new StoreKpiSnapshot(snapshots, platform.transactions());
        latestKpis = new LatestKpis(snapshots);
        interval = platform.settings().platform().kpiInterval();
        new KpiGauges(latestKpis).bindTo(platform.metrics());
    }

    /** A fresh installation has no snapshot yet: take the first one now, so the gauges never start at NaN. */
    @Override
    public void seed() {
        if (latestKpis.latest().isEmpty()) {
            storeKpiSnapshot.store(takeKpiSnapshot.take());
        }
    }

    @Override
    public List<Housekeeping> housekeeping() {
        return List.of(Housekeeping.of("kpi-snapshots",
                () -> Map.of("purgedFigures", snapshots.purgeBefore(clock.instant().minus(KEEP_SNAPSHOTS)))));
    }

    @Override
    public void jobs(JobWorkers workers) {
        workers.register(JobType.KPI, new KpiJobHandler(takeKpiSnapshot, storeKpiSnapshot::store), SINGLE_WORKER);
        workers.schedule(KpiJobHandler.every(interval));
    }
}
