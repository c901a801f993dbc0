package in.mrmentor.invoice.port;

/**
 * The payment gateway as fee-collecting contexts need it: create an order, tell the checkout page
 * the public key, check the signature the client brings back. Bootstrap adapts the Razorpay gateway
 * to it; unconfigured, every call is refused with {@code INTEGRATION_NOT_CONFIGURED}.
 */
public interface CheckoutGateway {

    record CreatedOrder(String orderId, long amountPaise, String currency) {
    }

    String keyId();

    CreatedOrder createOrder(long amountPaise, String currency, String receipt);

    boolean isAuthenticCheckout(String orderId, String paymentId, String signature);
}
