package in.mrmentor.messaging;

import in.mrmentor.jobs.port.JobQueue;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.jobs.port.QueueAdministration;

/**
 * What each job queue adapter offers the composition root: the enqueue and administration ports
 * over its store, and the {@link PollingWorkers} that take jobs from that store. The adapters hand
 * their workers out instead of re-implementing the worker lifecycle, so it exists once.
 */
public interface JobQueueAdapter extends JobQueue, QueueAdministration {

    /** This process's workers over the same store. */
    JobWorkers workers();
}
