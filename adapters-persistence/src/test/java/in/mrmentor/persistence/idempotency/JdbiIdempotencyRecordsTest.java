package in.mrmentor.persistence.idempotency;

import in.mrmentor.idempotency.port.IdempotencyRecords;
import in.mrmentor.idempotency.port.IdempotencyRecordsContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiIdempotencyRecordsTest extends IdempotencyRecordsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected IdempotencyRecords newRecords() {
        return new JdbiIdempotencyRecords(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(IdempotencyRecords records) {
        return new JdbiTransactions(database.jdbi());
    }
}
