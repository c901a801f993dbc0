package in.mrmentor.bootstrap;

import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.jobs.JobType;
import in.mrmentor.messaging.CleanupJobHandler;
import in.mrmentor.messaging.KpiJobHandler;
import in.mrmentor.messaging.mail.EmailJobHandler;
import in.mrmentor.messaging.mail.OutboxSweepJobHandler;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The job handlers and recurring schedules a serving process runs. Only {@code serve} starts
 * workers; the CLI's commands share the queue but never take jobs.
 */
final class Workers {
    static final HandlerOptions EMAIL = HandlerOptions.of(2, 8);
    static final HandlerOptions SINGLE = HandlerOptions.of(1, 3);
    static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

    private Workers() {
    }

    /** DOMAIN.md's cleanup: unbooked TENTATIVE slots that started are removed, stale CONFIRMED ones go to review. */
    private static Map<String, Long> expiredSlots(Backend backend) {
        var report = backend.slots.cleanUpExpiredSlots.run(false);
        return Map.of("removed", (long) report.removed().size(), "sentToReview", (long) report.sentToReview().size());
    }

    static void register(Backend backend, MeterRegistry registry) {
        var workers = backend.jobWorkers;
        var platform = backend.settings().platform();

        EmailJobHandler.register(workers, backend.deliverEmail, EMAIL);
        workers.register(JobType.EMAIL_SWEEP, new OutboxSweepJobHandler(backend.sweepOutbox), SINGLE);
        workers.schedule(OutboxSweepJobHandler.every(SWEEP_EVERY));

        workers.register(JobType.CLEANUP, new CleanupJobHandler(List.of(
                Housekeeping.of("slots", () -> expiredSlots(backend)),
                Housekeeping.of("identity", () -> backend.identity.purgeStaleSessions.purge().byKind()))), SINGLE);
        workers.schedule(CleanupJobHandler.every(platform.cleanupInterval()));

        KpiGauges gauges = new KpiGauges(registry);
        workers.register(JobType.KPI, new KpiJobHandler(backend.takeKpiSnapshot, gauges::publish), SINGLE);
        workers.schedule(KpiJobHandler.every(platform.kpiInterval()));
    }
}
