package in.mrmentor.pap;

import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.pap.port.PapWorkflows;

import java.util.UUID;

/** The owner brings back the checkout result of a workflow's payment; it completes as the webhook would. */
public final class VerifyPapPayment {
    private final PapWorkflows workflows;
    private final ConfirmCheckout confirm;

    public VerifyPapPayment(PapWorkflows workflows, ConfirmCheckout confirm) {
        this.workflows = workflows;
        this.confirm = confirm;
    }

    public PapWorkflow verify(UUID userId, UUID workflowId, ConfirmCheckout.Command command) {
        workflows.find(workflowId).filter(w -> w.userId().equals(userId)).orElseThrow(PapErrors::workflowNotFound);
        confirm.confirm(command);
        return workflows.find(workflowId).orElseThrow(PapErrors::workflowNotFound);
    }
}
