package in.mrmentor.pap;

import in.mrmentor.invoice.CaptureGatewayPayment;
import in.mrmentor.invoice.PaymentEvent;
import in.mrmentor.invoice.PaymentEventHandler;
import in.mrmentor.invoice.PaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentRouting;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ProgramErrors;
import in.mrmentor.program.ProgramFees;

import java.time.Clock;
import java.util.UUID;

/**
 * The gateway's news about PAP orders, inside the routing transaction. A captured payment is recorded
 * once in {@code global_payments}; then, by what the workflow waits for: the upfront batch fee
 * invoices and enrolls (workflow ENROLLED, the application {@code APPROVED -> PAYMENT_RECEIVED -> PAID
 * -> BATCH_ALLOCATED -> ENROLLED}), the PAP fee closes the workflow. Money the gateway has taken is
 * never refused: when the batch has no seat left (or was closed) the upfront fee is still recorded and
 * invoiced, the application stays PAID and the workflow stays PENDING_UPFRONT_PAYMENT with its fee
 * payment set, waiting for an admin to seat the student ({@link EnrollPaidWorkflow}). A workflow
 * waiting for neither, or whose upfront fee is recorded already (by this payment or another), was
 * completed already: the event changes nothing.
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
        if (workflow.awaitsSeat()) {
            return PaymentRouting.Outcome.unchanged(PaymentPurpose.PAP_FEE, "workflow " + workflowId
                    + " has its upfront fee already (payment " + workflow.feePaymentId() + ")");
        }
        if (upfront && !fees.awaitsFee(workflow.applicationId())) {
            return PaymentRouting.Outcome.unchanged(PaymentPurpose.PAP_FEE, "application " + workflow.applicationId()
                    + " is not waiting for its fee");
        }
        long amount = event.amountPaise() > 0 ? event.amountPaise() : order.amountPaise();
        var receipt = capture.capture(new CaptureGatewayPayment.Command(event.paymentId(), order.orderId(),
                PaymentPurpose.PAP_FEE, workflowId.toString(), null, event.email(), amount, event.currency(),
                "pap-workflow:" + workflowId));
        var paid = workflow.edit().feePayment(receipt.id()).build();
        if (upfront) {
            var credited = fees.creditUpfront(workflow.applicationId(), receipt, event.email());
            if (!credited.enrolled()) {
                String why = ProgramErrors.BATCH_CLOSED.equals(credited.waitingFor().code()) ? "batch closed" : "batch full";
                steps.stay(paid, ProgramFees.PAYMENT_GATEWAY, "paid; " + why + ", waiting for a seat");
                return PaymentRouting.Outcome.changed(PaymentPurpose.PAP_FEE, "workflow " + workflowId
                        + " paid, waiting for a seat (" + credited.waitingFor().code() + ")");
            }
            steps.move(paid, PapStatus.ENROLLED, ProgramFees.PAYMENT_GATEWAY, "paid upfront");
            return PaymentRouting.Outcome.changed(PaymentPurpose.PAP_FEE, "workflow " + workflowId + " ENROLLED");
        }
        steps.move(paid, PapStatus.CLOSED, ProgramFees.PAYMENT_GATEWAY, "PAP fee paid");
        return PaymentRouting.Outcome.changed(PaymentPurpose.PAP_FEE, "workflow " + workflowId + " CLOSED");
    }
}
