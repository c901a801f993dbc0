package in.mrmentor.token.port;

import in.mrmentor.token.TokenErrors;

import java.util.Objects;

/**
 * The payment provider (Razorpay): orders, the checkout signature the client brings back, and the
 * signed webhook. Unconfigured, every call is refused with {@code INTEGRATION_NOT_CONFIGURED}.
 */
public interface PaymentGateway {

    record Order(String orderId, long amountPaise, String currency) {
        public Order {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** A verified webhook event. */
    sealed interface WebhookEvent permits Captured, Failed, Refunded, Ignored {
    }

    /** {@code amountPaise} 0 and {@code email} null when the event does not say. */
    record Captured(String orderId, String paymentId, long amountPaise, String currency, String email)
            implements WebhookEvent {
        public Captured(String orderId, String paymentId) {
            this(orderId, paymentId, 0, "INR", null);
        }
    }

    /** {@code refund.processed}: a refund of a captured payment went through. */
    record Refunded(String orderId, String paymentId, String refundId, long amountPaise) implements WebhookEvent {
    }

    record Failed(String orderId, String paymentId) implements WebhookEvent {
    }

    /** An event purchases do not act on (another type, or no order). */
    record Ignored(String type) implements WebhookEvent {
    }

    /** The key id the checkout page needs (public by design). */
    String keyId();

    /** Creates an order at the provider; {@code receipt} is our purchase id. */
    Order createOrder(long amountPaise, String currency, String receipt);

    /** True when {@code signature} is the provider's signature of this order and payment. */
    boolean isAuthenticCheckout(String orderId, String paymentId, String signature);

    /** @throws in.mrmentor.shared.DomainException {@code INVALID_SIGNATURE} when the signature does not match the raw body */
    WebhookEvent readWebhook(byte[] rawBody, String signature);

    PaymentGateway NOT_CONFIGURED = new PaymentGateway() {
        @Override
        public String keyId() {
            throw TokenErrors.paymentsNotConfigured();
        }

        @Override
        public Order createOrder(long amountPaise, String currency, String receipt) {
            throw TokenErrors.paymentsNotConfigured();
        }

        @Override
        public boolean isAuthenticCheckout(String orderId, String paymentId, String signature) {
            throw TokenErrors.paymentsNotConfigured();
        }

        @Override
        public WebhookEvent readWebhook(byte[] rawBody, String signature) {
            throw TokenErrors.paymentsNotConfigured();
        }
    };
}
