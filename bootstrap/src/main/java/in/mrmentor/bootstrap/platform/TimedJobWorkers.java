package in.mrmentor.bootstrap.platform;

import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.JobHandler;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.jobs.port.JobWorkers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Times every job a worker of this process runs: {@code mas_jobs_duration_seconds} with histogram
 * buckets per type and outcome ({@code ok} or {@code failed}). Durations are observed where the work
 * happens; Prometheus sums the buckets across processes. Works for whichever queue adapter runs below.
 */
public final class TimedJobWorkers implements JobWorkers {
    static final String NAME = "mas.jobs.duration";
    /** Fixed buckets (le) from 10 ms to 10 min: bounded cardinality, enough for p95 per type. */
    static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10)};

    private final JobWorkers workers;
    private final MeterRegistry registry;

    public TimedJobWorkers(JobWorkers workers, MeterRegistry registry) {
        this.workers = workers;
        this.registry = registry;
    }

    @Override
    public void register(String type, JobHandler handler, HandlerOptions options) {
        workers.register(type, job -> {
            long started = System.nanoTime();
            String outcome = "failed";
            try {
                handler.handle(job);
                outcome = "ok";
            } finally {
                timer(type, outcome).record(Duration.ofNanos(System.nanoTime() - started));
            }
        }, options);
    }

    private Timer timer(String type, String outcome) {
        return Timer.builder(NAME).description("Time a job's handler ran, by type and outcome")
                .tag("type", type).tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    @Override
    public void schedule(RecurringJob recurring) {
        workers.schedule(recurring);
    }

    @Override
    public void start() {
        workers.start();
    }

    @Override
    public void stop(Duration grace) {
        workers.stop(grace);
    }
}
