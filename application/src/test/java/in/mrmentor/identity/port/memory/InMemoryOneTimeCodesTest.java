package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.OneTimeCodesContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

class InMemoryOneTimeCodesTest extends OneTimeCodesContract {
    @Override
    protected OneTimeCodes newCodes() {
        return new InMemoryOneTimeCodes();
    }

    @Override
    protected Transactions transactionsFor(OneTimeCodes codes) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemoryOneTimeCodes) codes);
        return transactions;
    }
}
