package in.mrmentor.jobs.port;

import in.mrmentor.jobs.DeadJob;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.JobHandler;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.shared.port.HealthCheck;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Durable background jobs, shared by every process of the service. Nothing enqueued is lost: a job
 * stays stored until its handler acknowledges it, a job whose worker died is delivered again after
 * the adapter's visibility timeout, and a failing job is retried with exponential backoff up to its
 * type's maximum attempts, then kept as dead with its last error (the seed's failed mail jobs did
 * not retry and were re-run by hand).
 *
 * <p>Handlers and schedules are declared before {@link #start()}; enqueueing, stats and dead-job
 * operations work whether or not this process runs workers.
 */
public interface JobQueue {

    /**
     * Stores the job. Returns its id, or, when a live job of the same type has the same
     * de-duplication key, that job's id without storing anything.
     */
    UUID enqueue(NewJob job);

    /** Runs {@code handler} for the jobs of {@code type} once started; one handler per type. */
    void register(String type, JobHandler handler, HandlerOptions options);

    /** Declares a recurring job; fires once per interval across every process that declares it. */
    void schedule(RecurringJob recurring);

    /** Starts polling for the registered types and firing the declared schedules. */
    void start();

    /**
     * Stops polling, then waits up to {@code grace} for running handlers to finish. A handler still
     * running after that is interrupted and its job left unacknowledged, so it is delivered again.
     */
    void stop(Duration grace);

    /** Counts per type, for every type that has jobs or a handler here, ordered by type. */
    List<QueueStats> stats();

    /** The dead jobs of a type, most recently failed first. */
    List<DeadJob> deadJobs(String type, int limit);

    /** Makes a dead job due again with a fresh set of attempts; false when no such dead job exists. */
    boolean retryDead(String type, UUID id);

    /** Reports whether the queue's store answers, as {@code queue}. */
    HealthCheck healthCheck();
}
