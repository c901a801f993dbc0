package in.mrmentor.token;

import in.mrmentor.token.port.PaymentGateway;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment provider for use-case tests: orders are numbered, a checkout signature is
 * {@code sig:orderId|paymentId}, and a webhook body {@code captured order_1 pay_1} (or
 * {@code refunded order_1 pay_1 rfnd_1 35000}) is genuine when signed "ok".
 */
final class FakePaymentGateway implements PaymentGateway {
    private final AtomicInteger orders = new AtomicInteger();

    static String signatureOf(String orderId, String paymentId) {
        return "sig:" + orderId + "|" + paymentId;
    }

    static byte[] event(String type, String orderId, String paymentId) {
        return (type + " " + orderId + " " + paymentId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String keyId() {
        return "rzp_fake";
    }

    @Override
    public Order createOrder(long amountPaise, String currency, String receipt) {
        return new Order("order_" + orders.incrementAndGet(), amountPaise, currency);
    }

    @Override
    public boolean isAuthenticCheckout(String orderId, String paymentId, String signature) {
        return signatureOf(orderId, paymentId).equals(signature);
    }

    @Override
    public WebhookEvent readWebhook(byte[] rawBody, String signature) {
        if (!"ok".equals(signature)) {
            throw TokenErrors.invalidSignature();
        }
        String[] parts = new String(rawBody, StandardCharsets.UTF_8).split(" ");
        return switch (parts[0]) {
            case "captured" -> new Captured(parts[1], parts[2]);
            case "failed" -> new Failed(parts[1], parts[2]);
            case "refunded" -> new Refunded(parts[1], parts[2], parts[3], Long.parseLong(parts[4]));
            default -> new Ignored(parts[0]);
        };
    }
}
