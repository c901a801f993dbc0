package in.mrmentor.bootstrap.jobs;

import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.ContextModules;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.jobs.QueueRoutes;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.ListDeadJobs;
import in.mrmentor.jobs.QueueDepths;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.jobs.port.QueueAdministration;
import in.mrmentor.messaging.CleanupJobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The background queues themselves: their administration routes, and the recurring {@code cleanup}
 * job that runs the housekeeping of every module, and the platform's own: the temporary files of
 * uploads cut off by a killed process. Only {@code serve} runs workers; the CLI's commands share
 * the queue but never take jobs.
 */
public final class JobsModule implements ContextModule {
    private static final Logger LOG = LoggerFactory.getLogger(JobsModule.class);

    private final QueueAdministration administration;
    private final ContextModules modules;
    private final Duration cleanupInterval;
    private final BlobStore blobStore;
    private final Clock clock;

    /** @param modules read when the jobs are registered, so modules added after this one are cleaned up too */
    public JobsModule(Platform platform, ContextModules modules) {
        this.administration = platform.queueAdministration();
        this.modules = modules;
        this.cleanupInterval = platform.settings().platform().cleanupInterval();
        this.blobStore = platform.blobStore();
        this.clock = platform.clock();
        new QueueDepthGauges(new QueueDepths(administration)).bindTo(platform.metrics());
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(new QueueRoutes(administration, new ListDeadJobs(administration)));
    }

    @Override
    public List<Housekeeping> housekeeping() {
        return List.of(Housekeeping.of("blobs", this::removeAbandonedUploads));
    }

    /** Issue 11 item 16: an upload cut off by kill -9 leaves its temporary file. */
    private Map<String, Long> removeAbandonedUploads() {
        Instant untouchedSince = clock.instant().minus(BlobStore.ABANDONED_WRITE_AGE);
        return Map.of("removedTemporaryFiles", blobStore.removeAbandonedWrites(untouchedSince));
    }

    @Override
    public void jobs(JobWorkers workers) {
        // Swept at start as well: the killed process is usually the one starting again now, and
        // the recurring cleanup may be a day away.
        try {
            LOG.info("Abandoned uploads at start: {}", removeAbandonedUploads());
        } catch (RuntimeException e) {
            LOG.warn("Could not sweep abandoned uploads at start; the recurring cleanup tries again", e);
        }
        workers.register(JobType.CLEANUP, new CleanupJobHandler(modules.housekeeping()), SINGLE_WORKER);
        workers.schedule(CleanupJobHandler.every(cleanupInterval));
    }
}
