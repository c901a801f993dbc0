package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ProgramEnrollment;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * An admin seats a student whose upfront fee was paid while the batch had no seat left (the workflow
 * waits in PENDING_UPFRONT_PAYMENT with its fee payment set): the application moves {@code PAID ->
 * BATCH_ALLOCATED -> ENROLLED} in the given batch or its own (capacity checked under the batch's
 * lock, 409 {@code BATCH_FULL} when still full, and nothing changes) and the workflow to ENROLLED in
 * that batch (its step names it, and the batch it leaves when they differ), in one transaction. An
 * application already allocated or enrolled through the program routes is caught up with, so the
 * workflow is never left behind it. Any other workflow: 409 {@code INVALID_TRANSITION}.
 */
public final class EnrollPaidWorkflow {
    private final WorkflowSteps steps;
    private final ProgramEnrollment programs;
    private final Transactions transactions;

    public EnrollPaidWorkflow(PapWorkflows workflows, ProgramEnrollment programs, Transactions transactions, Clock clock, Notifier notifier) {
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.programs = programs;
        this.transactions = transactions;
    }

    /** @param batchId null: the application's own batch */
    public PapWorkflow enroll(UUID adminId, UUID workflowId, UUID batchId) {
        return transactions.inTransaction(() -> {
            var workflow = steps.locked(workflowId, null);
            if (!workflow.awaitsSeat()) {
                throw workflow.status() == PapStatus.PENDING_UPFRONT_PAYMENT
                        ? DomainException.conflict(PapErrors.INVALID_TRANSITION,
                                "This workflow's upfront fee is not paid yet; it cannot be enrolled.")
                        : PapErrors.invalidTransition(workflow.status(), PapStatus.ENROLLED);
            }
            var application = programs.enrollPaid(workflow.applicationId(), batchId, adminId, "paid upfront, seated by an admin");
            var seatedIn = programs.find(application.id(), null).batch();
            String note = "seated in batch " + seatedIn.code();
            var seated = workflow;
            if (!seatedIn.id().equals(workflow.batchId())) {
                // The workflow names the batch its student sits in, as the application does.
                seated = workflow.edit().batch(seatedIn.id()).build();
                if (workflow.batchId() != null) {
                    note += " instead of " + programs.batch(workflow.batchId()).code();
                }
            }
            return steps.move(seated, PapStatus.ENROLLED, adminId, note);
        });
    }
}
