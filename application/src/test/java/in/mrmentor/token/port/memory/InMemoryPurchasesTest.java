package in.mrmentor.token.port.memory;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.token.port.Purchases;
import in.mrmentor.token.port.PurchasesContract;

import java.util.UUID;

class InMemoryPurchasesTest extends PurchasesContract {
    @Override
    protected Purchases newPurchases() {
        return new InMemoryPurchases();
    }

    @Override
    protected Transactions transactionsFor(Purchases store) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemoryPurchases) store);
        return transactions;
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
