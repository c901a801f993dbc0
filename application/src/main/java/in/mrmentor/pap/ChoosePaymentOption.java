package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** The owner chooses UPFRONT (-> PENDING_UPFRONT_PAYMENT) or PAP (-> PENDING_PAP_APPROVAL). */
public final class ChoosePaymentOption {
    private final WorkflowSteps steps;
    private final Transactions transactions;

    public ChoosePaymentOption(PapWorkflows workflows, Transactions transactions, Clock clock, Notifier notifier) {
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.transactions = transactions;
    }

    public PapWorkflow choose(UUID userId, UUID workflowId, PaymentOption option) {
        new Validation().require(option != null, "option", "must be UPFRONT or PAP").orThrow();
        return transactions.inTransaction(() -> {
            var workflow = steps.locked(workflowId, userId);
            var next = option == PaymentOption.PAP ? PapStatus.PENDING_PAP_APPROVAL : PapStatus.PENDING_UPFRONT_PAYMENT;
            return steps.move(workflow.edit().paymentOption(option).build(), next, userId, option.name());
        });
    }
}
