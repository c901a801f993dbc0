package in.mrmentor.jobs.port;

import java.util.List;
import in.mrmentor.jobs.NewJob;

import java.util.UUID;

/**
 * Durable background jobs, shared by every process of the service: what a use case needs to hand
 * work to the background. Nothing enqueued is lost: a job stays stored until its handler
 * acknowledges it, a job whose worker died is delivered again after the adapter's visibility
 * timeout, and a failing job is retried with exponential backoff up to its type's maximum attempts,
 * then kept as dead with its last error (the seed's failed mail jobs did not retry and were re-run
 * by hand). Enqueueing works whether or not this process runs {@link JobWorkers}.
 */
public interface JobQueue {

    /**
     * Stores the job. Returns its id, or, when a live job of the same type has the same
     * de-duplication key, that job's id without storing anything.
     */
    UUID enqueue(NewJob job);

    /** {@link #enqueue} for every job, in order; a queue that can stores them in one statement. */
    default List<UUID> enqueueAll(List<NewJob> jobs) {
        return jobs.stream().map(this::enqueue).toList();
    }
}
