package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.CheckoutGateway;

import java.util.concurrent.atomic.AtomicInteger;

/** Orders numbered {@code order_N}; a checkout signature is genuine when it is {@code sig:orderId|paymentId}. */
public final class FakeCheckoutGateway implements CheckoutGateway {
    private final AtomicInteger orders = new AtomicInteger();

    public static String signatureOf(String orderId, String paymentId) {
        return "sig:" + orderId + "|" + paymentId;
    }

    @Override
    public String keyId() {
        return "rzp_fake";
    }

    @Override
    public CreatedOrder createOrder(long amountPaise, String currency, String receipt) {
        return new CreatedOrder("order_fee_" + orders.incrementAndGet(), amountPaise, currency);
    }

    @Override
    public boolean isAuthenticCheckout(String orderId, String paymentId, String signature) {
        return signatureOf(orderId, paymentId).equals(signature);
    }
}
