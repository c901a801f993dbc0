package in.mrmentor.jobs;

/**
 * The jobs of one type by state, as the ops view shows them.
 *
 * @param waiting due and not yet taken by a worker
 * @param running taken by a worker and not acknowledged (including leases about to expire)
 * @param delayed not due yet: a future run-at or a retry waiting out its backoff
 * @param dead    gave up after the type's maximum attempts
 */
public record QueueStats(String type, long waiting, long running, long delayed, long dead) {
    public QueueStats {
        JobType.requireValid(type);
        if (waiting < 0 || running < 0 || delayed < 0 || dead < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public static QueueStats empty(String type) {
        return new QueueStats(type, 0, 0, 0, 0);
    }
}
