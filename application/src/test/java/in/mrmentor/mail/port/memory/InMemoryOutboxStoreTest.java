package in.mrmentor.mail.port.memory;

import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.mail.port.OutboxStoreContract;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.testing.MovableClock;

class InMemoryOutboxStoreTest extends OutboxStoreContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected OutboxStore newStore(MovableClock clock) {
        return transactions.enlist(new InMemoryOutboxStore(clock, Ids.random()));
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
