package in.mrmentor.token.port.memory;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.token.port.Ledger;
import in.mrmentor.token.port.LedgerContract;

import java.util.UUID;

class InMemoryLedgerTest extends LedgerContract {
    @Override
    protected Ledger newLedger() {
        return new InMemoryLedger();
    }

    @Override
    protected Transactions transactionsFor(Ledger ledger) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemoryLedger) ledger);
        return transactions;
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
