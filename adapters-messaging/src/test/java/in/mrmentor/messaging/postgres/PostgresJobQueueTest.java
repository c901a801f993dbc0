package in.mrmentor.messaging.postgres;

import in.mrmentor.jobs.port.JobQueueContract;
import in.mrmentor.messaging.JobQueueSettings;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Ids;

import java.time.Clock;

class PostgresJobQueueTest extends JobQueueContract {
    private Database database;

    @Override
    protected void openStore() {
        database = TestPostgres.get().freshDatabase();
    }

    @Override
    protected ServiceProcess newProcess(Clock clock) {
        var queue = new PostgresJobQueue(database.jdbi(),
                new JobQueueSettings(POLL_INTERVAL, VISIBILITY_TIMEOUT, BACKOFF_BASE, BACKOFF_MAX), clock, Ids.random());
        return new ServiceProcess(queue, queue.workers(), queue);
    }

    @Override
    protected void closeStore() {
        database.close();
    }
}
