package in.mrmentor.idempotency.port.memory;

import in.mrmentor.idempotency.port.IdempotencyRecords;
import in.mrmentor.idempotency.port.IdempotencyRecordsContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {
    @Override
    protected IdempotencyRecords newRecords() {
        return new InMemoryIdempotencyRecords();
    }

    @Override
    protected Transactions transactionsFor(IdempotencyRecords records) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemoryIdempotencyRecords) records);
        return transactions;
    }
}
