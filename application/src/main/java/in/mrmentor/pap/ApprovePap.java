package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ProgramEnrollment;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * An admin approves pay-after-placement: the workflow is ENROLLED and, in the same transaction, the
 * application moves {@code APPROVED -> BATCH_ALLOCATED -> ENROLLED} (409 {@code BATCH_FULL} refuses
 * the approval when the batch has no seat left, and nothing changes).
 */
public final class ApprovePap {
    private final WorkflowSteps steps;
    private final ProgramEnrollment programs;
    private final Transactions transactions;

    public ApprovePap(PapWorkflows workflows, ProgramEnrollment programs, Transactions transactions, Clock clock, Notifier notifier) {
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.programs = programs;
        this.transactions = transactions;
    }

    public PapWorkflow approve(UUID adminId, UUID workflowId, String note) {
        return transactions.inTransaction(() -> {
            var workflow = steps.locked(workflowId, null);
            workflow.requireStatus(PapStatus.PENDING_PAP_APPROVAL, PapStatus.ENROLLED);
            var enrolled = steps.move(workflow, PapStatus.ENROLLED, adminId, note);
            programs.enrollWithoutFee(workflow.applicationId(), adminId, "pay after placement");
            return enrolled;
        });
    }
}
