package in.mrmentor.jobs.port;

import in.mrmentor.jobs.DeadJob;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.shared.port.HealthCheck;

import java.util.List;
import java.util.UUID;

/**
 * The operator's view of the {@link JobQueue}: counts, dead jobs and re-running them, and whether
 * the queue's store answers. Works whether or not this process runs {@link JobWorkers}.
 */
public interface QueueAdministration {

    /** Counts per type, for every type that has jobs or a handler here, ordered by type. */
    List<QueueStats> stats();

    /** The dead jobs of a type, most recently failed first. */
    List<DeadJob> deadJobs(String type, int limit);

    /** Makes a dead job due again with a fresh set of attempts; false when no such dead job exists. */
    boolean retryDead(String type, UUID id);

    /** Reports whether the queue's store answers, as {@code queue}. */
    HealthCheck healthCheck();
}
