package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.invoice.port.InvoicesContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.UUID;

class InMemoryInvoicesTest extends InvoicesContract {
    @Override
    protected Invoices newInvoices() {
        return new InMemoryInvoices();
    }

    @Override
    protected Transactions transactionsFor(Invoices invoices) {
        var tx = new InMemoryTransactions();
        tx.enlist((InMemoryInvoices) invoices);
        return tx;
    }

    @Override
    protected UUID aPayment() {
        return UUID.randomUUID();
    }
}
