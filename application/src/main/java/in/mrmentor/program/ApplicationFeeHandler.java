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
 * the tax invoice, PAID). A payment for an application no longer APPROVED (its fee paid already, by
 * this payment or another) credits nothing; a payment not recorded before is still recorded, with its
 * refund reason, because money the gateway took is never left unrecorded; a repeated delivery of a
 * recorded payment changes nothing. The application's row lock orders racing payments of one fee.
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
            return surplus(order, event, "program-order:" + order.orderId(), "its order names no application");
        }
        var status = fees.lockedStatus(applicationId);
        if (status.isEmpty()) {
            return surplus(order, event, "program-application:" + applicationId, "there is no application " + applicationId);
        }
        if (status.get() != ApplicationStatus.APPROVED) {
            return surplus(order, event, "program-application:" + applicationId, "application " + applicationId
                    + " is " + status.get() + ", not waiting for its fee");
        }
        var receipt = capture.capture(command(order, event, "program-application:" + applicationId));
        var paid = fees.credit(applicationId, receipt, event.email());
        return PaymentRouting.Outcome.changed(PaymentPurpose.APPLICATION_FEE,
                "application " + applicationId + " PAID, invoice " + paid.invoiceNumber());
    }

    private PaymentRouting.Outcome surplus(PaymentOrder order, PaymentEvent.Captured event, String trigger, String why) {
        return capture.surplusOutcome(command(order, event, trigger), why);
    }

    private static CaptureGatewayPayment.Command command(PaymentOrder order, PaymentEvent.Captured event, String trigger) {
        return CaptureGatewayPayment.Command.of(order, event, PaymentPurpose.APPLICATION_FEE, trigger);
    }
}
