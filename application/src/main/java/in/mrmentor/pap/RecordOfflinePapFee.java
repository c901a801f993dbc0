package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.invoice.PaymentMethod;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentStatus;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.pap.port.Receipts;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * An admin records that the PAP fee was received offline, naming the manual receipt finance recorded
 * in {@code global_payments}: a CAPTURED, non-gateway receipt for the PAP fee of at least the fee,
 * not used by another workflow (the database holds that too). The workflow is CLOSED.
 */
public final class RecordOfflinePapFee {
    public static final String RECEIPT_NOT_USABLE = "RECEIPT_NOT_USABLE";

    private final PapWorkflows workflows;
    private final Receipts receipts;
    private final WorkflowSteps steps;
    private final Transactions transactions;

    public RecordOfflinePapFee(PapWorkflows workflows, Receipts receipts, Transactions transactions, Clock clock, Notifier notifier) {
        this.workflows = workflows;
        this.receipts = receipts;
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.transactions = transactions;
    }

    public PapWorkflow record(UUID adminId, UUID workflowId, UUID paymentId) {
        new Validation().require(paymentId != null, "paymentId", "is required").orThrow();
        return transactions.inTransaction(() -> {
            var workflow = steps.locked(workflowId, null);
            workflow.requireStatus(PapStatus.PAYMENT_COLLECTION_PENDING, PapStatus.CLOSED);
            var receipt = receipts.find(paymentId).orElseThrow(() ->
                    DomainException.notFound("PAYMENT_NOT_FOUND", "There is no receipt with this id."));
            boolean usable = receipt.status() == PaymentStatus.CAPTURED && receipt.method() != PaymentMethod.RAZORPAY
                    && (receipt.purpose() == PaymentPurpose.PAP_FEE || receipt.purpose() == PaymentPurpose.PLACEMENT_FEE)
                    && receipt.amountPaise() >= workflow.papFeePaise();
            if (!usable) {
                throw DomainException.conflict(RECEIPT_NOT_USABLE, "The receipt must be a captured manual PAP_FEE "
                        + "receipt of at least " + workflow.papFeePaise() + " paise.");
            }
            if (workflows.usesPayment(paymentId)) {
                throw DomainException.conflict(RECEIPT_NOT_USABLE, "This receipt already paid another workflow.");
            }
            return steps.move(workflow.edit().feePayment(paymentId).build(), PapStatus.CLOSED, adminId,
                    "received offline: " + paymentId);
        });
    }
}
