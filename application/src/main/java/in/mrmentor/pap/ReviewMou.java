package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * An admin approves the signed MOU ({@code PENDING_MOU_REVIEW -> MOU_SIGNED_APPROVED ->
 * PENDING_PAYMENT_OPTION} in one step, both kept in the history) or returns it with a reason
 * ({@code -> PENDING_MOU_UPLOAD}, to be signed again).
 */
public final class ReviewMou {
    private final WorkflowSteps steps;
    private final Transactions transactions;

    public ReviewMou(PapWorkflows workflows, Transactions transactions, Clock clock, Notifier notifier) {
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.transactions = transactions;
    }

    public PapWorkflow approve(UUID adminId, UUID workflowId, String note) {
        return transactions.inTransaction(() -> {
            var workflow = steps.locked(workflowId, null);
            var approved = steps.move(workflow, PapStatus.MOU_SIGNED_APPROVED, adminId, note);
            return steps.move(approved, PapStatus.PENDING_PAYMENT_OPTION, adminId, null);
        });
    }

    public PapWorkflow sendBack(UUID adminId, UUID workflowId, String reason) {
        new Validation().requireText(reason, "reason", 2000).orThrow();
        return transactions.inTransaction(() -> {
            var workflow = steps.locked(workflowId, null);
            workflow.requireStatus(PapStatus.PENDING_MOU_REVIEW, PapStatus.PENDING_MOU_UPLOAD);
            var returned = workflow.edit().esign(null, null).signedMou(null).build();
            return steps.move(returned, PapStatus.PENDING_MOU_UPLOAD, adminId, reason);
        });
    }
}
