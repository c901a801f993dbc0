package in.mrmentor.bootstrap.jobs;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.ContextModules;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.jobs.QueueRoutes;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.jobs.port.QueueAdministration;
import in.mrmentor.messaging.CleanupJobHandler;

import java.time.Duration;
import java.util.List;

/**
 * The background queues themselves: their administration routes, and the recurring {@code cleanup}
 * job that runs the housekeeping of every module. Only {@code serve} runs workers; the CLI's
 * commands share the queue but never take jobs.
 */
public final class JobsModule implements ContextModule {
    private final QueueAdministration administration;
    private final ContextModules modules;
    private final Duration cleanupInterval;

    /** @param modules read when the jobs are registered, so modules added after this one are cleaned up too */
    public JobsModule(Platform platform, ContextModules modules) {
        this.administration = platform.queueAdministration();
        this.modules = modules;
        this.cleanupInterval = platform.settings().platform().cleanupInterval();
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(new QueueRoutes(administration));
    }

    @Override
    public void jobs(JobWorkers workers) {
        workers.register(JobType.CLEANUP, new CleanupJobHandler(modules.housekeeping()), SINGLE_WORKER);
        workers.schedule(CleanupJobHandler.every(cleanupInterval));
    }
}
