package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.Payments;
import in.mrmentor.invoice.port.PaymentsContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

class InMemoryPaymentsTest extends PaymentsContract {
    @Override
    protected Payments newPayments() {
        return new InMemoryPayments();
    }

    @Override
    protected Transactions transactionsFor(Payments payments) {
        var tx = new InMemoryTransactions();
        tx.enlist((InMemoryPayments) payments);
        return tx;
    }
}
