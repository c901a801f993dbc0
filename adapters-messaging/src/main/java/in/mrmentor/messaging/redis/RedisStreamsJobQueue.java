package in.mrmentor.messaging.redis;

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
import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The job queue on Redis Streams, used when {@code REDIS_URL} is set. Each type is a stream read
 * by one consumer group; each queue instance is one consumer. Entries a dead consumer left pending
 * are taken over with {@code XAUTOCLAIM} once idle for the visibility timeout. A job's state lives
 * in a hash beside the stream; delayed jobs and retries wait in a sorted set per type until due,
 * dead jobs in another. Every change of more than one key is a Lua script, so it is atomic across
 * processes, and each delivery carries a lease the script checks, so a worker that outlived its
 * timeout cannot acknowledge a job that was handed to someone else.
 *
 * <p>Keys ({@code P} is the prefix): {@code P:types} (set of types), {@code P:job:ID} (hash),
 * {@code P:stream:TYPE}, {@code P:delayed:TYPE} and {@code P:dead:TYPE} (sorted sets by due or
 * failure time), {@code P:dedup:TYPE:KEY} (live job id), {@code P:schedule:NAME} (next run, epoch ms).
 */
public final class RedisStreamsJobQueue implements JobQueueAdapter, AutoCloseable {
    private static final String GROUP = "workers";
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private static final String ENQUEUE = """
            if ARGV[8] == '1' then
              local existing = redis.call('GET', KEYS[2])
              if existing then return existing end
              redis.call('SET', KEYS[2], ARGV[1])
            end
            redis.call('HSET', KEYS[1], 'type', ARGV[2], 'payload', ARGV[3], 'dedupKey', ARGV[4],
              'createdAt', ARGV[5], 'attempts', '0', 'state', 'ready')
            redis.call('SADD', KEYS[5], ARGV[2])
            if tonumber(ARGV[6]) > tonumber(ARGV[7]) then
              redis.call('ZADD', KEYS[4], ARGV[6], ARGV[1])
            else
              redis.call('XADD', KEYS[3], '*', 'id', ARGV[1])
            end
            return ARGV[1]
            """;

    private static final String PROMOTE_DUE = """
            local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            for _, id in ipairs(ids) do
              redis.call('ZREM', KEYS[1], id)
              redis.call('XADD', KEYS[2], '*', 'id', id)
            end
            return #ids
            """;

    private static final String DELIVER = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
            redis.call('HSET', KEYS[1], 'lease', ARGV[1], 'state', 'running')
            local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
            return {redis.call('HGET', KEYS[1], 'payload'), tostring(attempts), redis.call('HGET', KEYS[1], 'createdAt')}
            """;

    private static final String COMPLETE = """
            if redis.call('HGET', KEYS[1], 'lease') ~= ARGV[1] then return 0 end
            redis.call('XACK', KEYS[2], ARGV[4], ARGV[2])
            redis.call('XDEL', KEYS[2], ARGV[2])
            local dedup = redis.call('HGET', KEYS[1], 'dedupKey')
            if dedup and dedup ~= '' and redis.call('GET', dedup) == ARGV[3] then redis.call('DEL', dedup) end
            redis.call('DEL', KEYS[1])
            return 1
            """;

    private static final String RETRY_LATER = """
            if redis.call('HGET', KEYS[1], 'lease') ~= ARGV[1] then return 0 end
            redis.call('XACK', KEYS[2], ARGV[6], ARGV[2])
            redis.call('XDEL', KEYS[2], ARGV[2])
            redis.call('HSET', KEYS[1], 'lastError', ARGV[5], 'state', 'ready')
            redis.call('HDEL', KEYS[1], 'lease')
            redis.call('ZADD', KEYS[3], ARGV[4], ARGV[3])
            return 1
            """;

    private static final String BURY = """
            if redis.call('HGET', KEYS[1], 'lease') ~= ARGV[1] then return 0 end
            redis.call('XACK', KEYS[2], ARGV[6], ARGV[2])
            redis.call('XDEL', KEYS[2], ARGV[2])
            redis.call('HSET', KEYS[1], 'lastError', ARGV[5], 'failedAt', ARGV[4], 'state', 'dead')
            redis.call('HDEL', KEYS[1], 'lease')
            local dedup = redis.call('HGET', KEYS[1], 'dedupKey')
            if dedup and dedup ~= '' and redis.call('GET', dedup) == ARGV[3] then redis.call('DEL', dedup) end
            redis.call('ZADD', KEYS[3], ARGV[4], ARGV[3])
            return 1
            """;

    private static final String RETRY_DEAD = """
            if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
            redis.call('HSET', KEYS[2], 'attempts', '0', 'state', 'ready')
            redis.call('HDEL', KEYS[2], 'failedAt')
            local dedup = redis.call('HGET', KEYS[2], 'dedupKey')
            if dedup and dedup ~= '' then
              if not redis.call('SET', dedup, ARGV[1], 'NX') then redis.call('HSET', KEYS[2], 'dedupKey', '') end
            end
            redis.call('XADD', KEYS[3], '*', 'id', ARGV[1])
            return 1
            """;

    /*
     * A page of the dead set in the order of TimeKey.NEWEST_FIRST: failure time descending, ids of
     * one failure time ascending. A sorted set orders equal scores by member, so the script walks
     * the scores downwards and takes each score's members upwards; canonical UUID texts compare as
     * their bytes, as PostgreSQL compares uuids. One script, so a page is one consistent read.
     */
    private static final String DEAD_PAGE = """
            local fetch = tonumber(ARGV[3])
            local page = {}
            local below = '+inf'
            if ARGV[1] ~= '' then
              for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[1])) do
                if #page < fetch and id > ARGV[2] then table.insert(page, id) end
              end
              below = '(' .. ARGV[1]
            end
            while #page < fetch do
              local top = redis.call('ZREVRANGEBYSCORE', KEYS[1], below, '-inf', 'WITHSCORES', 'LIMIT', 0, 1)
              if #top == 0 then break end
              for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], top[2], top[2], 'LIMIT', 0, fetch - #page)) do
                table.insert(page, id)
              end
              below = '(' .. top[2]
            end
            return page
            """;

    /*
     * A compare-and-set on the schedule's next run time rather than a lock per wall-clock slot: the
     * first process to see the interval due moves it on, the others find it in the future. Unlike
     * slot locks this never fires twice around a slot boundary when process clocks differ a little.
     */
    private static final String ADVANCE_SCHEDULE = """
            local due = redis.call('GET', KEYS[1])
            if due and tonumber(due) > tonumber(ARGV[1]) then return 0 end
            redis.call('SET', KEYS[1], ARGV[2])
            return 1
            """;

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final JobQueueSettings settings;
    private final Clock clock;
    private final Ids ids;
    private final String consumer;
    private final PollingWorkers workers;

    /**
     * @param redisUrl  {@code redis://[user:password@]host:port[/db]} or {@code rediss://...}
     * @param keyPrefix namespace of every key, so several environments can share one Redis
     */
    public RedisStreamsJobQueue(String redisUrl, String keyPrefix, JobQueueSettings settings, Clock clock, Ids ids) {
        Objects.requireNonNull(redisUrl, "redisUrl");
        if (keyPrefix == null || !PREFIX.matcher(keyPrefix).matches()) {
            throw new IllegalArgumentException("keyPrefix must match " + PREFIX.pattern());
        }
        this.prefix = keyPrefix;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(Duration.ofSeconds(10));
        this.client = RedisClient.create(uri);
        try {
            this.connection = client.connect();
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
        this.redis = connection.sync();
        this.consumer = "consumer-" + ids.next();
        this.workers = new PollingWorkers(new StreamStore(), settings, clock, "redis-jobs");
    }

    @Override
    public UUID enqueue(NewJob job) {
        Objects.requireNonNull(job, "job");
        Instant now = clock.instant();
        UUID id = ids.next();
        String dedupKey = job.dedupKeyIfSet().map(key -> dedupKey(job.type(), key)).orElse("");
        String answered = redis.eval(ENQUEUE, ScriptOutputType.VALUE,
                new String[]{jobKey(id.toString()), dedupKey.isEmpty() ? jobKey(id.toString()) : dedupKey,
                        stream(job.type()), delayed(job.type()), key("types")},
                id.toString(), job.type(), job.payload(), dedupKey, millis(now),
                millis(job.runAtIfSet().orElse(now)), millis(now), dedupKey.isEmpty() ? "0" : "1");
        return UUID.fromString(answered);
    }

    @Override
    public JobWorkers workers() {
        return workers;
    }

    @Override
    public void close() {
        workers.stop(Duration.ZERO);
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    @Override
    public List<QueueStats> stats() {
        long now = clock.millis();
        Set<String> stored = redis.smembers(key("types"));
        List<QueueStats> all = new ArrayList<>();
        for (String type : PollingWorkers.union(workers.registeredTypes(), new ArrayList<>(stored))) {
            ensureGroup(type);
            long length = redis.xlen(stream(type));
            long running = redis.xpending(stream(type), GROUP).getCount();
            long dueButWaitingToMove = redis.zcount(delayed(type), Range.create(Double.NEGATIVE_INFINITY, (double) now));
            long delayedCount = redis.zcard(delayed(type)) - dueButWaitingToMove;
            long dead = redis.zcard(dead(type));
            all.add(new QueueStats(type, Math.max(0, length - running) + dueButWaitingToMove, running,
                    Math.max(0, delayedCount), dead));
        }
        return all;
    }

    @Override
    public List<DeadJob> deadJobs(String type, PageRequest<TimeKey> page) {
        JobType.requireValid(type);
        TimeKey after = page.after();
        List<String> ids = redis.eval(DEAD_PAGE, ScriptOutputType.MULTI, new String[]{dead(type)},
                after == null ? "" : millis(after.at()), after == null ? "" : after.id().toString(),
                Integer.toString(page.fetch()));
        List<DeadJob> dead = new ArrayList<>();
        for (String id : ids) {
            Map<String, String> job = redis.hgetall(jobKey(id));
            if (job.isEmpty()) {
                continue;
            }
            dead.add(new DeadJob(UUID.fromString(id), type, job.getOrDefault("payload", ""),
                    Integer.parseInt(job.getOrDefault("attempts", "0")), job.get("lastError"),
                    Instant.ofEpochMilli(Long.parseLong(job.getOrDefault("failedAt", "0")))));
        }
        return dead;
    }

    @Override
    public boolean retryDead(String type, UUID id) {
        JobType.requireValid(type);
        Long moved = redis.eval(RETRY_DEAD, ScriptOutputType.INTEGER,
                new String[]{dead(type), jobKey(id.toString()), stream(type)}, id.toString());
        return moved != null && moved == 1L;
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
                    return "PONG".equals(connection.async().ping().get(2, TimeUnit.SECONDS));
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    return false;
                }
            }
        };
    }

    private void ensureGroup(String type) {
        try {
            redis.xgroupCreate(XReadArgs.StreamOffset.from(stream(type), "0"), GROUP, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException alreadyThere) {
            // BUSYGROUP: another process (or an earlier start) created it
        }
    }

    private String key(String name) {
        return prefix + ":" + name;
    }

    private String jobKey(String id) {
        return key("job:" + id);
    }

    private String stream(String type) {
        return key("stream:" + type);
    }

    private String delayed(String type) {
        return key("delayed:" + type);
    }

    private String dead(String type) {
        return key("dead:" + type);
    }

    private String dedupKey(String type, String dedupKey) {
        return key("dedup:" + type + ":" + dedupKey);
    }

    private static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    /** The stream and script operations the workers need. */
    private final class StreamStore implements PollingWorkers.Store {
        private final Map<String, String> reclaimCursors = new ConcurrentHashMap<>();

        @Override
        public void prepare(String type) {
            ensureGroup(type);
        }

        /*
         * A consumer that holds no pending entries can go; one that does stays, so that its entries
         * remain claimable by the others after the visibility timeout.
         */
        @Override
        public void release(String type) {
            try {
                Long mine = redis.xpending(stream(type), GROUP).getConsumerMessageCount().get(consumer);
                if (mine == null || mine == 0) {
                    redis.xgroupDelconsumer(stream(type), Consumer.from(GROUP, consumer));
                }
            } catch (RuntimeException ignored) {
                // best effort: an idle consumer left in the group costs nothing but a name
            }
        }

        @Override
        public List<Delivery> claim(String type, int max, Instant now) {
            redis.eval(PROMOTE_DUE, ScriptOutputType.INTEGER, new String[]{delayed(type), stream(type)},
                    millis(now), Integer.toString(Math.max(max, 100)));
            Consumer<String> me = Consumer.from(GROUP, consumer);
            // XAUTOCLAIM scans a bounded window of the pending list per call; carrying its cursor over
            // from call to call lets a long pending list be walked end to end instead of rescanning
            // its head forever.
            ClaimedMessages<String, String> claimed = redis.xautoclaim(stream(type), XAutoClaimArgs.Builder
                    .xautoclaim(me, settings.visibilityTimeout(), reclaimCursors.getOrDefault(type, "0-0")).count(max));
            reclaimCursors.put(type, claimed.getId() == null ? "0-0" : claimed.getId());
            List<StreamMessage<String, String>> messages = new ArrayList<>(claimed.getMessages());
            messages.removeIf(Objects::isNull);
            if (messages.size() < max) {
                List<StreamMessage<String, String>> fresh = redis.xreadgroup(me,
                        XReadArgs.Builder.count(max - messages.size()), XReadArgs.StreamOffset.lastConsumed(stream(type)));
                if (fresh != null) {
                    messages.addAll(fresh);
                }
            }
            List<Delivery> deliveries = new ArrayList<>();
            for (StreamMessage<String, String> message : messages) {
                String id = message.getBody() == null ? null : message.getBody().get("id");
                if (id == null) {
                    redis.xack(stream(type), GROUP, message.getId());
                    continue;
                }
                String lease = ids.next().toString();
                List<Object> job = redis.eval(DELIVER, ScriptOutputType.MULTI, new String[]{jobKey(id)}, lease);
                if (job == null || job.isEmpty()) {
                    // Acknowledged meanwhile by the worker whose lease expired: nothing left to do.
                    redis.xack(stream(type), GROUP, message.getId());
                    redis.xdel(stream(type), message.getId());
                    continue;
                }
                deliveries.add(new Delivery(new Job(UUID.fromString(id), type, (String) job.get(0),
                        Integer.parseInt((String) job.get(1)), Instant.ofEpochMilli(Long.parseLong((String) job.get(2)))),
                        lease, message.getId()));
            }
            return deliveries;
        }

        @Override
        public boolean complete(Delivery delivery) {
            String id = delivery.job().id().toString();
            Long done = redis.eval(COMPLETE, ScriptOutputType.INTEGER,
                    new String[]{jobKey(id), stream(delivery.job().type())},
                    delivery.lease(), delivery.receipt(), id, GROUP);
            return done != null && done == 1L;
        }

        @Override
        public boolean retryLater(Delivery delivery, String error, Instant dueAt, Instant now) {
            String id = delivery.job().id().toString();
            Long done = redis.eval(RETRY_LATER, ScriptOutputType.INTEGER,
                    new String[]{jobKey(id), stream(delivery.job().type()), delayed(delivery.job().type())},
                    delivery.lease(), delivery.receipt(), id, millis(dueAt), error, GROUP);
            return done != null && done == 1L;
        }

        @Override
        public boolean bury(Delivery delivery, String error, Instant now) {
            String id = delivery.job().id().toString();
            Long done = redis.eval(BURY, ScriptOutputType.INTEGER,
                    new String[]{jobKey(id), stream(delivery.job().type()), dead(delivery.job().type())},
                    delivery.lease(), delivery.receipt(), id, millis(now), error, GROUP);
            return done != null && done == 1L;
        }

        @Override
        public void fireIfDue(RecurringJob schedule, Instant now) {
            Long fire = redis.eval(ADVANCE_SCHEDULE, ScriptOutputType.INTEGER,
                    new String[]{key("schedule:" + schedule.name())},
                    millis(now), millis(now.plus(schedule.every())));
            if (fire != null && fire == 1L) {
                enqueue(new NewJob(schedule.type(), schedule.payload(), null, schedule.dedupKey()));
            }
        }
    }
}
