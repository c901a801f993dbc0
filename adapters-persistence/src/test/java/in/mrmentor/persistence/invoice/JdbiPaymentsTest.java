package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.port.Payments;
import in.mrmentor.invoice.port.PaymentsContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPaymentsTest extends PaymentsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Payments newPayments() {
        return new JdbiPayments(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(Payments payments) {
        return new JdbiTransactions(database.jdbi());
    }
}
