package in.mrmentor.jobs.port;

import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.JobHandler;
import in.mrmentor.jobs.RecurringJob;

import java.time.Duration;

/**
 * The worker runtime of one process: the handlers it runs for the jobs of a {@link JobQueue} and
 * the recurring jobs it declares. Only a serving process starts workers; the CLI's commands share
 * the queue but never take jobs. Handlers and schedules are declared before {@link #start()}.
 */
public interface JobWorkers {

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
}
