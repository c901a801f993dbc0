package in.mrmentor.jobs.port;

import in.mrmentor.jobs.DeadJob;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
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

    /**
     * A page of the dead jobs of a type in {@link TimeKey#NEWEST_FIRST} order of their failure time and
     * id: most recently failed first, those failed in one instant by ascending id.
     */
    List<DeadJob> deadJobs(String type, PageRequest<TimeKey> page);

    /** The {@code limit} most recently failed dead jobs of a type, for callers that want no further page. */
    default List<DeadJob> deadJobs(String type, int limit) {
        List<DeadJob> fetched = deadJobs(type, PageRequest.first(limit));
        return fetched.subList(0, Math.min(limit, fetched.size()));
    }

    /** Makes a dead job due again with a fresh set of attempts; false when no such dead job exists. */
    boolean retryDead(String type, UUID id);

    /** Reports whether the queue's store answers, as {@code queue}. */
    HealthCheck healthCheck();
}
