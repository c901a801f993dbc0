package in.mrmentor.token.port.memory;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.token.port.AllotmentRequests;
import in.mrmentor.token.port.AllotmentRequestsContract;

import java.util.UUID;

class InMemoryAllotmentRequestsTest extends AllotmentRequestsContract {
    @Override
    protected AllotmentRequests newRequests() {
        return new InMemoryAllotmentRequests();
    }

    @Override
    protected Transactions transactionsFor(AllotmentRequests store) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemoryAllotmentRequests) store);
        return transactions;
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
