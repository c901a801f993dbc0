package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.invoice.port.RenderedDocuments;
import in.mrmentor.invoice.port.RenderedDocumentsContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiRenderedDocumentsTest extends RenderedDocumentsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Invoices newInvoices() {
        return new JdbiInvoices(database.jdbi());
    }

    /** The adapter reads the invoice tables of the same database, so it needs no handle on {@code invoices}. */
    @Override
    protected RenderedDocuments newDocuments(Invoices invoices) {
        return new JdbiRenderedDocuments(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(RenderedDocuments documents) {
        return new JdbiTransactions(database.jdbi());
    }
}
