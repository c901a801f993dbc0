package in.mrmentor.invoice;

/**
 * What a context does with the gateway events of its orders. A context registers one handler per
 * purpose with {@link PaymentRouting#register} from its bootstrap module. Every method runs inside
 * the routing transaction and must be idempotent: gateways deliver events more than once, and the
 * client's checkout verification races the webhook. A captured payment is typically recorded with
 * {@link CaptureGatewayPayment}, the context's step completed, and the receipt invoiced with
 * {@link IssueInvoice}, all in that one transaction; a captured payment that completes nothing (its
 * step was completed by another payment) is still recorded, with
 * {@link CaptureGatewayPayment#captureSurplus}, so the money can be refunded.
 */
public interface PaymentEventHandler {

    /** @param order the recorded order, or {@link PaymentOrder#unrecorded} for an order we never recorded */
    PaymentRouting.Outcome onCaptured(PaymentOrder order, PaymentEvent.Captured event);

    default PaymentRouting.Outcome onFailed(PaymentOrder order, PaymentEvent.Failed event) {
        return PaymentRouting.Outcome.unchanged(order.purpose(), "a failed payment changes nothing here");
    }

    /**
     * After the refund's credit note was issued (once) and the receipt marked REFUNDED; a context may
     * undo its step here. The default keeps the step as it is.
     */
    default PaymentRouting.Outcome onRefunded(PaymentOrder order, PaymentEvent.Refunded event, Payment payment) {
        return PaymentRouting.Outcome.unchanged(order.purpose(), "refund recorded");
    }
}
