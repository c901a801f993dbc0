package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.PaymentOrders;
import in.mrmentor.invoice.port.PaymentOrdersContract;

class InMemoryPaymentOrdersTest extends PaymentOrdersContract {
    @Override
    protected PaymentOrders newOrders() {
        return new InMemoryPaymentOrders();
    }
}
