package in.mrmentor.bootstrap;

import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.jobs.JobType;
import in.mrmentor.messaging.CleanupJobHandler;
import in.mrmentor.messaging.KpiJobHandler;
import in.mrmentor.messaging.mail.EmailJobHandler;
import in.mrmentor.messaging.mail.OutboxSweepJobHandler;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The job handlers and recurring schedules a serving process runs. Only {@code serve} starts
 * workers; the CLI's commands share the queue but never take jobs.
 */
final class Workers {
    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);
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

    /** The temporary files of uploads cut off by a killed process (issue 11 item 16). */
    private static Map<String, Long> abandonedUploads(Backend backend) {
        Instant untouchedSince = backend.clock().instant().minus(BlobStore.ABANDONED_WRITE_AGE);
        return Map.of("removedTemporaryFiles", backend.blobStore.removeAbandonedWrites(untouchedSince));
    }

    static void register(Backend backend, MeterRegistry registry) {
        var workers = backend.jobWorkers;
        var platform = backend.settings().platform();

        // Swept at start as well: the killed process is usually the one starting again now, and
        // the recurring cleanup may be a day away.
        try {
            LOG.info("Abandoned uploads at start: {}", abandonedUploads(backend));
        } catch (RuntimeException e) {
            LOG.warn("Could not sweep abandoned uploads at start; the recurring cleanup tries again", e);
        }

        EmailJobHandler.register(workers, backend.deliverEmail, EMAIL);
        workers.register(JobType.EMAIL_SWEEP, new OutboxSweepJobHandler(backend.sweepOutbox), SINGLE);
        workers.schedule(OutboxSweepJobHandler.every(SWEEP_EVERY));

        workers.register(JobType.CLEANUP, new CleanupJobHandler(List.of(
                Housekeeping.of("slots", () -> expiredSlots(backend)),
                Housekeeping.of("identity", () -> backend.identity.purgeStaleSessions.purge().byKind()),
                Housekeeping.of("blobs", () -> abandonedUploads(backend)))), SINGLE);
        workers.schedule(CleanupJobHandler.every(platform.cleanupInterval()));

        KpiGauges gauges = new KpiGauges(registry);
        workers.register(JobType.KPI, new KpiJobHandler(backend.takeKpiSnapshot, gauges::publish), SINGLE);
        workers.schedule(KpiJobHandler.every(platform.kpiInterval()));
    }
}
