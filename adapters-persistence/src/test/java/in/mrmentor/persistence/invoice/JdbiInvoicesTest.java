package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.invoice.port.InvoicesContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiInvoicesTest extends InvoicesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Invoices newInvoices() {
        return new JdbiInvoices(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(Invoices invoices) {
        return new JdbiTransactions(database.jdbi());
    }

    @Override
    protected UUID aPayment() {
        var payment = new in.mrmentor.invoice.Payment(UUID.randomUUID(), "Asha", null, 118_000, "INR",
                        in.mrmentor.invoice.PaymentMethod.CASH, null, null, in.mrmentor.invoice.PaymentPurpose.OTHER, null,
                        in.mrmentor.invoice.PaymentStatus.CAPTURED, T0, null);
        return new JdbiPayments(database.jdbi()).addOnce(payment).id();
    }
}
