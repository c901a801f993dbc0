package in.mrmentor.token;

import in.mrmentor.invoice.PaymentEvent;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentRouting;
import in.mrmentor.token.port.PaymentGateway;

/**
 * Razorpay's signed webhook, shared by every context that collects money: the signature is checked
 * once here, then each event goes by the order it names to the handler registered for that order's
 * purpose ({@link PaymentRouting}): {@code payment.captured} completes a token purchase (crediting
 * once, however often it is delivered) or a fee's step, {@code payment.failed} marks it failed, and
 * {@code refund.processed} issues the matching credit note once. Events for orders nobody knows are
 * acknowledged and ignored, so Razorpay stops retrying them.
 */
public final class ReceivePaymentWebhook {

    private final PaymentGateway gateway;
    private final PaymentRouting routing;

    public ReceivePaymentWebhook(PaymentGateway gateway, PaymentRouting routing) {
        this.gateway = gateway;
        this.routing = routing;
    }

    /** @throws in.mrmentor.shared.DomainException 400 {@code INVALID_SIGNATURE} */
    public PaymentRouting.Outcome receive(byte[] rawBody, String signature) {
        var event = gateway.readWebhook(rawBody, signature);
        if (event instanceof PaymentGateway.Captured captured) {
            return routing.route(new PaymentEvent.Captured(captured.orderId(), captured.paymentId(),
                    captured.amountPaise(), captured.currency(), captured.email()));
        }
        if (event instanceof PaymentGateway.Failed failed) {
            return routing.route(new PaymentEvent.Failed(failed.orderId(), failed.paymentId()));
        }
        if (event instanceof PaymentGateway.Refunded refunded) {
            return routing.route(new PaymentEvent.Refunded(refunded.orderId(), refunded.paymentId(),
                    refunded.refundId(), refunded.amountPaise()));
        }
        return PaymentRouting.Outcome.unchanged(PaymentPurpose.OTHER,
                "event " + ((PaymentGateway.Ignored) event).type() + " is not acted on");
    }
}
