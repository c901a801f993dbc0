package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.port.PaymentOrders;
import in.mrmentor.invoice.port.PaymentOrdersContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPaymentOrdersTest extends PaymentOrdersContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected PaymentOrders newOrders() {
        return new JdbiPaymentOrders(database.jdbi());
    }
}
