package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.invoice.port.RenderedDocuments;
import in.mrmentor.invoice.port.RenderedDocumentsContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

class InMemoryRenderedDocumentsTest extends RenderedDocumentsContract {
    @Override
    protected Invoices newInvoices() {
        return new InMemoryInvoices();
    }

    @Override
    protected RenderedDocuments newDocuments(Invoices invoices) {
        return new InMemoryRenderedDocuments((InMemoryInvoices) invoices);
    }

    @Override
    protected Transactions transactionsFor(RenderedDocuments documents) {
        var tx = new InMemoryTransactions();
        tx.enlist((InMemoryRenderedDocuments) documents);
        return tx;
    }
}
