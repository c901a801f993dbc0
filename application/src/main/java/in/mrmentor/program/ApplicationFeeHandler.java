package in.mrmentor.program;

import in.mrmentor.invoice.CaptureGatewayPayment;
import in.mrmentor.invoice.PaymentEvent;
import in.mrmentor.invoice.PaymentEventHandler;
import in.mrmentor.invoice.PaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentRouting;

import java.util.UUID;

/**
 * The gateway's news about application-fee orders, inside the routing transaction: a captured payment
 * is recorded once in {@code global_payments} and credited once to its application (PAYMENT_RECEIVED,
 * the tax invoice, PAID). An application no longer APPROVED has been credited already (or cannot be):
 * the event changes nothing.
 */
public final class ApplicationFeeHandler implements PaymentEventHandler {
    private final ProgramFees fees;
    private final CaptureGatewayPayment capture;

    public ApplicationFeeHandler(ProgramFees fees, CaptureGatewayPayment capture) {
        this.fees = fees;
        this.capture = capture;
    }

    @Override
    public PaymentRouting.Outcome onCaptured(PaymentOrder order, PaymentEvent.Captured event) {
        UUID applicationId;
        try {
            applicationId = UUID.fromString(order.reference());
        } catch (RuntimeException e) {
            return PaymentRouting.Outcome.unchanged(PaymentPurpose.APPLICATION_FEE, "order names no application");
        }
        if (!fees.awaitsFee(applicationId)) {
            return PaymentRouting.Outcome.unchanged(PaymentPurpose.APPLICATION_FEE, "application " + applicationId
                    + " is not waiting for its fee");
        }
        long amount = event.amountPaise() > 0 ? event.amountPaise() : order.amountPaise();
        var receipt = capture.capture(new CaptureGatewayPayment.Command(event.paymentId(), order.orderId(),
                PaymentPurpose.APPLICATION_FEE, applicationId.toString(), null, event.email(), amount, event.currency(),
                "program-application:" + applicationId));
        var paid = fees.credit(applicationId, receipt, event.email());
        return PaymentRouting.Outcome.changed(PaymentPurpose.APPLICATION_FEE,
                "application " + applicationId + " PAID, invoice " + paid.invoiceNumber());
    }
}
