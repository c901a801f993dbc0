package in.mrmentor.messaging.postgres;

import java.util.Set;
import java.util.HashSet;
import in.mrmentor.jobs.DeadJob;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.jobs.RecurringJob;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.messaging.JobQueueAdapter;
import in.mrmentor.messaging.JobQueueSettings;
import in.mrmentor.messaging.PollingWorkers;
import in.mrmentor.messaging.PollingWorkers.Delivery;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.HealthCheck;
import in.mrmentor.shared.port.Ids;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The default job queue: rows of the {@code jobs} table (migration V3), so the embedded setup needs
 * nothing but its PostgreSQL and jobs survive any restart. Workers of every process claim with
 * {@code FOR UPDATE SKIP LOCKED}, so they never take the same job and never wait on each other.
 * Times come from the {@link Clock}, not the database's {@code now()}, so tests can move them.
 */
public final class PostgresJobQueue implements JobQueueAdapter {

    private final Jdbi jdbi;
    private final JobQueueSettings settings;
    private final Clock clock;
    private final Ids ids;
    private final PollingWorkers workers;

    public PostgresJobQueue(Jdbi jdbi, JobQueueSettings settings, Clock clock, Ids ids) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.workers = new PollingWorkers(new TableStore(), settings, clock, "pg-jobs");
    }

    @Override
    public UUID enqueue(NewJob job) {
        Objects.requireNonNull(job, "job");
        return jdbi.inTransaction(handle -> insert(handle, job, clock.instant()));
    }

    /**
     * Every job in one multi-row insert; a job whose de-duplication key a live job holds (rare: the
     * keys are usually fresh) then goes the one-by-one way, answering that job's id.
     */
    @Override
    public List<UUID> enqueueAll(List<NewJob> jobs) {
        jobs.forEach(job -> Objects.requireNonNull(job, "job"));
        if (jobs.size() < 2) {
            return jobs.stream().map(this::enqueue).toList();
        }
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            List<UUID> proposed = new ArrayList<>();
            StringBuilder sql = new StringBuilder("INSERT INTO jobs (id, type, payload, state, visible_at, attempts, "
                    + "dedup_key, created_at, updated_at) VALUES ");
            for (int i = 0; i < jobs.size(); i++) {
                proposed.add(ids.next());
                sql.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :type").append(i).append(", :payload")
                        .append(i).append(", 'ready', :visibleAt").append(i).append(", 0, :dedupKey").append(i)
                        .append(", :now, :now)");
            }
            sql.append(" ON CONFLICT (type, dedup_key) WHERE dedup_key IS NOT NULL AND state <> 'dead' "
                    + "DO NOTHING RETURNING id");
            var query = handle.createQuery(sql.toString()).bind("now", at(now));
            for (int i = 0; i < jobs.size(); i++) {
                NewJob job = jobs.get(i);
                query.bind("id" + i, proposed.get(i)).bind("type" + i, job.type()).bind("payload" + i, job.payload())
                        .bind("visibleAt" + i, at(job.runAtIfSet().orElse(now)))
                        .bind("dedupKey" + i, job.dedupKey());
            }
            Set<UUID> inserted = new HashSet<>(query.mapTo(UUID.class).list());
            List<UUID> result = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                result.add(inserted.contains(proposed.get(i)) ? proposed.get(i) : insert(handle, jobs.get(i), now));
            }
            return result;
        });
    }

    /** Inserts the job, or answers the live job holding the same de-duplication key. */
    private UUID insert(Handle handle, NewJob job, Instant now) {
        // The conflicting live job may be acknowledged between our INSERT and SELECT; then the key
        // is free again and the next round inserts.
        for (int round = 0; round < 5; round++) {
            UUID id = ids.next();
            Optional<UUID> inserted = handle.createQuery("INSERT INTO jobs (id, type, payload, state, visible_at, "
                            + "attempts, dedup_key, created_at, updated_at) "
                            + "VALUES (:id, :type, :payload, 'ready', :visibleAt, 0, :dedupKey, :now, :now) "
                            + "ON CONFLICT (type, dedup_key) WHERE dedup_key IS NOT NULL AND state <> 'dead' "
                            + "DO NOTHING RETURNING id")
                    .bind("id", id)
                    .bind("type", job.type())
                    .bind("payload", job.payload())
                    .bind("visibleAt", at(job.runAtIfSet().orElse(now)))
                    .bind("dedupKey", job.dedupKey())
                    .bind("now", at(now))
                    .mapTo(UUID.class)
                    .findOne();
            if (inserted.isPresent()) {
                return inserted.get();
            }
            Optional<UUID> existing = handle.createQuery("SELECT id FROM jobs WHERE type = :type "
                            + "AND dedup_key = :dedupKey AND state <> 'dead'")
                    .bind("type", job.type())
                    .bind("dedupKey", job.dedupKey())
                    .mapTo(UUID.class)
                    .findOne();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        throw new IllegalStateException("could not enqueue a " + job.type() + " job: its de-duplication key kept changing hands");
    }

    @Override
    public JobWorkers workers() {
        return workers;
    }

    @Override
    public List<QueueStats> stats() {
        Instant now = clock.instant();
        Map<String, QueueStats> stored = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT type, "
                        + "count(*) FILTER (WHERE state = 'ready' AND visible_at <= :now) AS waiting, "
                        + "count(*) FILTER (WHERE state = 'running') AS running, "
                        + "count(*) FILTER (WHERE state = 'ready' AND visible_at > :now) AS delayed, "
                        + "count(*) FILTER (WHERE state = 'dead') AS dead "
                        + "FROM jobs GROUP BY type")
                .bind("now", at(now))
                .map((rs, ctx) -> new QueueStats(rs.getString("type"), rs.getLong("waiting"),
                        rs.getLong("running"), rs.getLong("delayed"), rs.getLong("dead")))
                .forEach(stats -> stored.put(stats.type(), stats)));
        List<QueueStats> all = new ArrayList<>();
        for (String type : PollingWorkers.union(workers.registeredTypes(), new ArrayList<>(stored.keySet()))) {
            all.add(stored.getOrDefault(type, QueueStats.empty(type)));
        }
        return all;
    }

    @Override
    public List<DeadJob> deadJobs(String type, PageRequest<TimeKey> page) {
        JobType.requireValid(type);
        TimeKey after = page.after();
        // Newest first with ties by ascending id, the keyset of TimeKey.NEWEST_FIRST; jobs_dead serves the range.
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, type, payload, attempts, last_error, failed_at "
                        + "FROM jobs WHERE type = :type AND state = 'dead' "
                        + "AND (CAST(:afterAt AS timestamptz) IS NULL OR failed_at < CAST(:afterAt AS timestamptz) "
                        + "OR (failed_at = CAST(:afterAt AS timestamptz) AND id > CAST(:afterId AS uuid))) "
                        + "ORDER BY failed_at DESC, id LIMIT :fetch")
                .bind("type", type)
                .bindByType("afterAt", after == null ? null : at(after.at()), OffsetDateTime.class)
                .bindByType("afterId", after == null ? null : after.id(), UUID.class)
                .bind("fetch", page.fetch())
                .map((rs, ctx) -> new DeadJob(rs.getObject("id", UUID.class), rs.getString("type"),
                        rs.getString("payload"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("failed_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public boolean retryDead(String type, UUID id) {
        JobType.requireValid(type);
        Instant now = clock.instant();
        // A live job may have taken the dead job's de-duplication key meanwhile; the retried one
        // then gives the key up rather than break the unique index.
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE jobs j SET state = 'ready', attempts = 0, "
                        + "visible_at = :now, failed_at = NULL, updated_at = :now, "
                        + "dedup_key = CASE WHEN EXISTS (SELECT 1 FROM jobs o WHERE o.type = j.type "
                        + "AND o.dedup_key = j.dedup_key AND o.state <> 'dead') THEN NULL ELSE j.dedup_key END "
                        + "WHERE j.id = :id AND j.type = :type AND j.state = 'dead'")
                .bind("id", id)
                .bind("type", type)
                .bind("now", at(now))
                .execute()) == 1;
    }

    @Override
    public HealthCheck healthCheck() {
        return new HealthCheck() {
            @Override
            public String name() {
                return "queue";
            }

            @Override
            public boolean isUp() {
                try {
                    return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM jobs WHERE false")
                            .setQueryTimeout(2)
                            .mapTo(Long.class)
                            .one()) == 0L;
                } catch (RuntimeException e) {
                    return false;
                }
            }
        };
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The table operations the workers need. */
    private final class TableStore implements PollingWorkers.Store {

        @Override
        public List<Delivery> claim(String type, int max, Instant now) {
            UUID lease = ids.next();
            return jdbi.inTransaction(handle -> handle.createQuery("UPDATE jobs j SET state = 'running', "
                            + "attempts = j.attempts + 1, lease = :lease, visible_at = :leaseUntil, updated_at = :now "
                            + "FROM (SELECT id FROM jobs WHERE type = :type AND state IN ('ready', 'running') "
                            + "AND visible_at <= :now ORDER BY visible_at, created_at LIMIT :max "
                            + "FOR UPDATE SKIP LOCKED) due "
                            + "WHERE j.id = due.id "
                            + "RETURNING j.id, j.type, j.payload, j.attempts, j.created_at")
                    .bind("lease", lease)
                    .bind("leaseUntil", at(now.plus(settings.visibilityTimeout())))
                    .bind("now", at(now))
                    .bind("type", type)
                    .bind("max", max)
                    .map((rs, ctx) -> new Delivery(new Job(rs.getObject("id", UUID.class), rs.getString("type"),
                            rs.getString("payload"), rs.getInt("attempts"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant()), lease.toString(), null))
                    .list());
        }

        @Override
        public boolean complete(Delivery delivery) {
            return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM jobs WHERE id = :id "
                            + "AND lease = :lease AND state = 'running'")
                    .bind("id", delivery.job().id())
                    .bind("lease", UUID.fromString(delivery.lease()))
                    .execute()) == 1;
        }

        @Override
        public boolean retryLater(Delivery delivery, String error, Instant dueAt, Instant now) {
            return jdbi.withHandle(handle -> handle.createUpdate("UPDATE jobs SET state = 'ready', lease = NULL, "
                            + "visible_at = :dueAt, last_error = :error, updated_at = :now "
                            + "WHERE id = :id AND lease = :lease AND state = 'running'")
                    .bind("dueAt", at(dueAt))
                    .bind("error", error)
                    .bind("now", at(now))
                    .bind("id", delivery.job().id())
                    .bind("lease", UUID.fromString(delivery.lease()))
                    .execute()) == 1;
        }

        @Override
        public boolean bury(Delivery delivery, String error, Instant now) {
            return jdbi.withHandle(handle -> handle.createUpdate("UPDATE jobs SET state = 'dead', lease = NULL, "
                            + "last_error = :error, failed_at = :now, updated_at = :now "
                            + "WHERE id = :id AND lease = :lease AND state = 'running'")
                    .bind("error", error)
                    .bind("now", at(now))
                    .bind("id", delivery.job().id())
                    .bind("lease", UUID.fromString(delivery.lease()))
                    .execute()) == 1;
        }

        @Override
        public void fireIfDue(RecurringJob schedule, Instant now) {
            // Advancing next_run_at and enqueueing are one transaction: a crash never loses a firing
            // nor fires twice, and of several processes only the one whose UPDATE matched enqueues.
            jdbi.useTransaction(handle -> {
                handle.createUpdate("INSERT INTO job_schedules (name, next_run_at) VALUES (:name, :now) "
                                + "ON CONFLICT (name) DO NOTHING")
                        .bind("name", schedule.name())
                        .bind("now", at(now))
                        .execute();
                int advanced = handle.createUpdate("UPDATE job_schedules SET next_run_at = :next, last_run_at = :now "
                                + "WHERE name = :name AND next_run_at <= :now")
                        .bind("next", at(now.plus(schedule.every())))
                        .bind("now", at(now))
                        .bind("name", schedule.name())
                        .execute();
                if (advanced == 1) {
                    insert(handle, new NewJob(schedule.type(), schedule.payload(), null, schedule.dedupKey()), now);
                }
            });
        }
    }
}
