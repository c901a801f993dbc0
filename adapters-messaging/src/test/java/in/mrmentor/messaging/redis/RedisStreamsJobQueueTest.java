package in.mrmentor.messaging.redis;

import in.mrmentor.jobs.port.JobQueueContract;
import in.mrmentor.messaging.JobQueueSettings;
import in.mrmentor.shared.port.Ids;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

class RedisStreamsJobQueueTest extends JobQueueContract {
    private static final AtomicInteger TESTS = new AtomicInteger();

    private String prefix;

    @Override
    protected void openStore() {
        prefix = "test" + TESTS.incrementAndGet() + ":mas:jobs";
    }

    @Override
    protected ServiceProcess newProcess(Clock clock) {
        var queue = new RedisStreamsJobQueue(TestRedis.get().url(), prefix,
                new JobQueueSettings(POLL_INTERVAL, VISIBILITY_TIMEOUT, BACKOFF_BASE, BACKOFF_MAX), clock, Ids.random());
        return new ServiceProcess(queue, queue.workers(), queue);
    }

    @Override
    protected void closeStore() {
        // keys of other prefixes are other tests' business; the server goes away with the JVM
    }
}
