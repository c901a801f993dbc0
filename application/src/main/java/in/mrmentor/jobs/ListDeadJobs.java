package in.mrmentor.jobs;

import in.mrmentor.jobs.port.QueueAdministration;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;

/** Operators read a queue's dead jobs, most recently failed first, a page at a time (API.md "Lists"). */
public final class ListDeadJobs {
    private final QueueAdministration queue;

    public ListDeadJobs(QueueAdministration queue) {
        this.queue = queue;
    }

    /** @param cursor null for the first page */
    public Page<DeadJob> page(String type, int limit, String cursor) {
        JobType.requireValid(type);
        Keyset<DeadJob, TimeKey> keyset = newestFirst(type);
        var request = keyset.request(cursor, limit);
        return keyset.page(queue.deadJobs(type, request), request);
    }

    /** One list per queue: a cursor of another queue's dead jobs is refused, not read as a place in this one. */
    private static Keyset<DeadJob, TimeKey> newestFirst(String type) {
        return Keyset.byTime("dead-jobs:" + type, job -> new TimeKey(job.failedAt(), job.id()));
    }
}
