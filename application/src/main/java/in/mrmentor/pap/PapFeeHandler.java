package in.mrmentor.pap;

import in.mrmentor.invoice.CaptureGatewayPayment;
import in.mrmentor.invoice.PaymentEvent;
import in.mrmentor.invoice.PaymentEventHandler;
import in.mrmentor.invoice.PaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentRouting;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ProgramFees;

import java.time.Clock;
import java.util.UUID;

/**
 * The gateway's news about PAP orders, inside the routing transaction. A captured payment is recorded
 * once in {@code global_payments}; then, by what the workflow waits for: the upfront batch fee
 * invoices and enrolls (workflow ENROLLED, the application {@code APPROVED -> PAYMENT_RECEIVED -> PAID
 * -> BATCH_ALLOCATED -> ENROLLED}), the PAP fee closes the workflow. A workflow waiting for neither
 * was completed already: the event changes nothing.
 */
public final class PapFeeHandler implements PaymentEventHandler {
    private final PapWorkflows workflows;
    private final ProgramFees fees;
    private final CaptureGatewayPayment capture;
    private final WorkflowSteps steps;

    public PapFeeHandler(PapWorkflows workflows, ProgramFees fees, CaptureGatewayPayment capture, Clock clock) {
        this.workflows = workflows;
        this.fees = fees;
        this.capture = capture;
        this.steps = new WorkflowSteps(workflows, clock);
    }

    @Override
    public PaymentRouting.Outcome onCaptured(PaymentOrder order, PaymentEvent.Captured event) {
        UUID workflowId;
        try {
            workflowId = UUID.fromString(order.reference());
        } catch (RuntimeException e) {
            return PaymentRouting.Outcome.unchanged(PaymentPurpose.PAP_FEE, "order names no workflow");
        }
        var found = workflows.lock(workflowId);
        if (found.isEmpty()) {
            return PaymentRouting.Outcome.unchanged(PaymentPurpose.PAP_FEE, "no workflow " + workflowId);
        }
        var workflow = found.get();
        boolean upfront = workflow.status() == PapStatus.PENDING_UPFRONT_PAYMENT;
        if (!upfront && workflow.status() != PapStatus.PAYMENT_COLLECTION_PENDING) {
            return PaymentRouting.Outcome.unchanged(PaymentPurpose.PAP_FEE, "workflow " + workflowId + " waits for no payment");
        }
        long amount = event.amountPaise() > 0 ? event.amountPaise() : order.amountPaise();
        var receipt = capture.capture(new CaptureGatewayPayment.Command(event.paymentId(), order.orderId(),
                PaymentPurpose.PAP_FEE, workflowId.toString(), null, event.email(), amount, event.currency(),
                "pap-workflow:" + workflowId));
        var paid = workflow.edit().feePayment(receipt.id()).build();
        if (upfront) {
            fees.credit(workflow.applicationId(), receipt, event.email(), true);
            steps.move(paid, PapStatus.ENROLLED, ProgramFees.PAYMENT_GATEWAY, "paid upfront");
            return PaymentRouting.Outcome.changed(PaymentPurpose.PAP_FEE, "workflow " + workflowId + " ENROLLED");
        }
        steps.move(paid, PapStatus.CLOSED, ProgramFees.PAYMENT_GATEWAY, "PAP fee paid");
        return PaymentRouting.Outcome.changed(PaymentPurpose.PAP_FEE, "workflow " + workflowId + " CLOSED");
    }
}
