package in.mrmentor.invoice;

import in.mrmentor.invoice.port.CheckoutGateway;
import in.mrmentor.invoice.port.PaymentOrders;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;

import java.util.Objects;

/**
 * The client brings back the gateway's checkout result: a genuine signature is the same news as the
 * webhook's {@code payment.captured}, routed the same way, so whichever arrives first completes the
 * step and the other changes nothing.
 */
public final class ConfirmCheckout {
    public static final String INVALID_SIGNATURE = "INVALID_SIGNATURE";

    public record Command(String orderId, String paymentId, String signature) {
        public Command {
            new Validation()
                    .requireText(orderId, "razorpayOrderId", 100)
                    .requireText(paymentId, "razorpayPaymentId", 100)
                    .requireText(signature, "razorpaySignature", 200)
                    .orThrow();
        }
    }

    private final CheckoutGateway gateway;
    private final PaymentOrders orders;
    private final PaymentRouting routing;

    public ConfirmCheckout(CheckoutGateway gateway, PaymentOrders orders, PaymentRouting routing) {
        this.gateway = gateway;
        this.orders = orders;
        this.routing = routing;
    }

    /** @throws DomainException 400 {@code INVALID_SIGNATURE}, 404 {@code PAYMENT_ORDER_NOT_FOUND} */
    public PaymentRouting.Outcome confirm(Command command) {
        Objects.requireNonNull(command, "command");
        var order = orders.find(command.orderId()).orElseThrow(() ->
                DomainException.notFound("PAYMENT_ORDER_NOT_FOUND", "There is no payment order with this id."));
        if (!gateway.isAuthenticCheckout(command.orderId(), command.paymentId(), command.signature())) {
            throw new DomainException(ErrorKind.INVALID, INVALID_SIGNATURE, "The payment signature does not match.");
        }
        return routing.route(new PaymentEvent.Captured(order.orderId(), command.paymentId(), order.amountPaise(),
                order.currency(), null));
    }
}
