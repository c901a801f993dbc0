package in.mrmentor.bootstrap.kpi;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.kpi.TakeKpiSnapshot;
import in.mrmentor.mail.CountOutboxByStatus;
import in.mrmentor.messaging.KpiJobHandler;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;

/** The dashboard snapshot (users per role, mail per status), taken by a recurring job and published as gauges. */
public final class KpiModule implements ContextModule {
    public final TakeKpiSnapshot takeKpiSnapshot;
    private final MeterRegistry metrics;
    private final Duration interval;

    public KpiModule(Platform platform, IdentityModule identity) {
        takeKpiSnapshot = new TakeKpiSnapshot(identity.countUsersByRole, new CountOutboxByStatus(platform.outbox()),
                platform.clock());
        metrics = platform.metrics();
        interval = platform.settings().platform().kpiInterval();
    }

    @Override
    public void jobs(JobWorkers workers) {
        KpiGauges gauges = new KpiGauges(metrics);
        workers.register(JobType.KPI, new KpiJobHandler(takeKpiSnapshot, gauges::publish), SINGLE_WORKER);
        workers.schedule(KpiJobHandler.every(interval));
    }
}
