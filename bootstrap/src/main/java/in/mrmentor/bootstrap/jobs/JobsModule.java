package in.mrmentor.bootstrap.jobs;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.ContextModules;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.jobs.QueueRoutes;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.port.JobQueue;
import in.mrmentor.messaging.CleanupJobHandler;

import java.time.Duration;
import java.util.List;

/**
 * The background queues themselves: their administration routes, and the recurring {@code cleanup}
 * job that runs the housekeeping of every module. Only {@code serve} runs workers; the CLI's
 * commands share the queue but never take jobs.
 */
public final class JobsModule implements ContextModule {
    private final JobQueue queue;
    private final ContextModules modules;
    private final Duration cleanupInterval;

    /** @param modules read when the jobs are registered, so modules added after this one are cleaned up too */
    public JobsModule(Platform platform, ContextModules modules) {
        this.queue = platform.jobQueue();
        this.modules = modules;
        this.cleanupInterval = platform.settings().platform().cleanupInterval();
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(new QueueRoutes(queue));
    }

    @Override
    public void jobs(JobQueue queue) {
        queue.register(JobType.CLEANUP, new CleanupJobHandler(modules.housekeeping()), SINGLE_WORKER);
        queue.schedule(CleanupJobHandler.every(cleanupInterval));
    }
}
