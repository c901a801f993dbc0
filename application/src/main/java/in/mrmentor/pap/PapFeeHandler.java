package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.invoice.CaptureGatewayPayment;
import in.mrmentor.invoice.PaymentEvent;
import in.mrmentor.invoice.PaymentEventHandler;
import in.mrmentor.invoice.PaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentRouting;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ApplicationStatus;
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
 * payment set, waiting for an admin to seat the student ({@link EnrollPaidWorkflow}). A payment for a
 * workflow waiting for none, or whose fee is paid already (by this payment or another), credits
 * nothing and changes no workflow; a payment not recorded before is still recorded, with its refund
 * reason, so finance sees money to give back; a repeated delivery of a recorded payment changes
 * nothing. The workflow's row lock orders racing payments of one workflow.
 */
public final class PapFeeHandler implements PaymentEventHandler {
    private final PapWorkflows workflows;
    private final ProgramFees fees;
    private final CaptureGatewayPayment capture;
    private final WorkflowSteps steps;

    public PapFeeHandler(PapWorkflows workflows, ProgramFees fees, CaptureGatewayPayment capture, Clock clock, Notifier notifier) {
        this.workflows = workflows;
        this.fees = fees;
        this.capture = capture;
        this.steps = new WorkflowSteps(workflows, clock, notifier);
    }

    @Override
    public PaymentRouting.Outcome onCaptured(PaymentOrder order, PaymentEvent.Captured event) {
        UUID workflowId;
        try {
            workflowId = UUID.fromString(order.reference());
        } catch (RuntimeException e) {
            return surplus(order, event, "pap-order:" + order.orderId(), "its order names no workflow");
        }
        String trigger = "pap-workflow:" + workflowId;
        var found = workflows.lock(workflowId);
        if (found.isEmpty()) {
            return surplus(order, event, trigger, "there is no workflow " + workflowId);
        }
        var workflow = found.get();
        boolean upfront = workflow.status() == PapStatus.PENDING_UPFRONT_PAYMENT;
        if (!upfront && workflow.status() != PapStatus.PAYMENT_COLLECTION_PENDING) {
            return surplus(order, event, trigger, "workflow " + workflowId + " is " + workflow.status()
                    + ", waiting for no payment" + (workflow.feePaymentId() == null ? ""
                    : "; its fee was paid by receipt " + workflow.feePaymentId()));
        }
        if (workflow.awaitsSeat()) {
            return surplus(order, event, trigger, "the upfront fee of workflow " + workflowId
                    + " was paid by receipt " + workflow.feePaymentId());
        }
        if (upfront) {
            var application = fees.lockedStatus(workflow.applicationId());
            if (application.filter(ApplicationStatus.APPROVED::equals).isEmpty()) {
                return surplus(order, event, trigger, "application " + workflow.applicationId() + " of workflow "
                        + workflowId + " is " + application.map(Enum::name).orElse("missing") + ", not waiting for its fee");
            }
        }
        var receipt = capture.capture(command(order, event, trigger));
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

    private PaymentRouting.Outcome surplus(PaymentOrder order, PaymentEvent.Captured event, String trigger, String why) {
        return capture.surplusOutcome(command(order, event, trigger), why);
    }

    private static CaptureGatewayPayment.Command command(PaymentOrder order, PaymentEvent.Captured event, String trigger) {
        return CaptureGatewayPayment.Command.of(order, event, PaymentPurpose.PAP_FEE, trigger);
    }
}
