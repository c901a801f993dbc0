package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.PapInvoicing;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ProgramEnrollment;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * An admin verifies a reported placement: the PAP fee is fixed by the fee rule (a percent of the
 * annual CTC, capped, GST-inclusive), its PAP-series tax invoice is issued to the application's
 * billing details (409 {@code BILLING_DETAILS_MISSING} without them) and the workflow waits for
 * payment (PAYMENT_COLLECTION_PENDING), all in one transaction.
 */
public final class VerifyPlacement {
    private final WorkflowSteps steps;
    private final ProgramEnrollment programs;
    private final PapInvoicing invoicing;
    private final PapFeeRule feeRule;
    private final Transactions transactions;
    private final Clock clock;

    public VerifyPlacement(PapWorkflows workflows, ProgramEnrollment programs, PapInvoicing invoicing,
                           PapFeeRule feeRule, Transactions transactions, Clock clock, Notifier notifier) {
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.programs = programs;
        this.invoicing = invoicing;
        this.feeRule = feeRule;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PapWorkflow verify(UUID adminId, UUID workflowId) {
        return transactions.inTransaction(() -> {
            var workflow = steps.locked(workflowId, null);
            workflow.requireStatus(PapStatus.PLACEMENT_UNDER_REVIEW, PapStatus.PAYMENT_COLLECTION_PENDING);
            var billing = programs.find(workflow.applicationId(), null).application().requireBilling();
            long fee = feeRule.feeFor(workflow.placement().annualCtcPaise());
            var now = clock.instant();
            String invoice = invoicing.issuePapFeeInvoice(workflow.id(), workflow.userId(), fee, billing, now).orElse(null);
            var priced = workflow.edit().papFee(fee, invoice).build();
            return steps.move(priced, PapStatus.PAYMENT_COLLECTION_PENDING, adminId,
                    invoice == null ? "fee " + fee + " paise" : "fee " + fee + " paise, invoice " + invoice);
        });
    }
}
