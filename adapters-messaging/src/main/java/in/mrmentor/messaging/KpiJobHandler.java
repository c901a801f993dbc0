package in.mrmentor.messaging;

import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobHandler;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.kpi.KpiSnapshot;
import in.mrmentor.kpi.TakeKpiSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Takes a {@link KpiSnapshot} for each {@link JobType#KPI} job and hands it to {@code publish}
 * (the dashboards' gauges); {@link #every} declares its schedule (the seed's KPI worker ran every
 * 15 min). A failure to take or publish fails the job, so the queue retries it.
 */
public final class KpiJobHandler implements JobHandler {
    private static final Logger log = LoggerFactory.getLogger(KpiJobHandler.class);
    public static final String SCHEDULE_NAME = "kpi";

    private final TakeKpiSnapshot takeSnapshot;
    private final Consumer<KpiSnapshot> publish;

    public KpiJobHandler(TakeKpiSnapshot takeSnapshot, Consumer<KpiSnapshot> publish) {
        this.takeSnapshot = Objects.requireNonNull(takeSnapshot, "takeSnapshot");
        this.publish = Objects.requireNonNull(publish, "publish");
    }

    /** The recurring snapshot, taken once per interval across all processes. */
    public static RecurringJob every(Duration interval) {
        return RecurringJob.every(interval, SCHEDULE_NAME, JobType.KPI);
    }

    @Override
    public void handle(Job job) {
        KpiSnapshot snapshot = takeSnapshot.take();
        publish.accept(snapshot);
        log.debug("kpi snapshot published: {}", snapshot);
    }
}
