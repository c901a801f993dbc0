package in.mrmentor.persistence.idempotency;

import in.mrmentor.idempotency.port.IdempotencyRecords;
import in.mrmentor.idempotency.port.IdempotencyRecordsContract;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.AfterEach;

class JdbiIdempotencyRecordsTest extends IdempotencyRecordsContract {
    private Database database;

    @Override
    protected IdempotencyRecords newRecords() {
        return new JdbiIdempotencyRecords(database().jdbi());
    }

    @Override
    protected Transactions transactionsFor(IdempotencyRecords records) {
        return new JdbiTransactions(database().jdbi());
    }

    private Database database() {
        if (database == null) {
            database = TestPostgres.get().freshDatabase();
        }
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }
}
