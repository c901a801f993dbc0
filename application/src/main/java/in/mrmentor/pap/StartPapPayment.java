package in.mrmentor.pap;

import in.mrmentor.invoice.OpenPaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ProgramEnrollment;
import in.mrmentor.program.ProgramFees;
import in.mrmentor.shared.DomainException;

import java.util.UUID;

/**
 * The owner opens the gateway order of what the workflow waits for: the batch fee (less an approved
 * discount) in PENDING_UPFRONT_PAYMENT, the PAP fee in PAYMENT_COLLECTION_PENDING; 409
 * {@code INVALID_TRANSITION} in any other status (and once the upfront fee is paid), 503 without a
 * gateway. The upfront fee is refused with 409 {@code BATCH_FULL} (or {@code BATCH_CLOSED}) while the
 * batch has no seat: a seat taken between the order and the capture is still handled by
 * {@link PapFeeHandler}, which records the payment and leaves the student waiting for a seat.
 */
public final class StartPapPayment {
    private final PapWorkflows workflows;
    private final ProgramEnrollment programs;
    private final ProgramFees fees;
    private final OpenPaymentOrder openOrder;

    public StartPapPayment(PapWorkflows workflows, ProgramEnrollment programs, ProgramFees fees,
                           OpenPaymentOrder openOrder) {
        this.workflows = workflows;
        this.programs = programs;
        this.fees = fees;
        this.openOrder = openOrder;
    }

    public OpenPaymentOrder.Checkout start(UUID userId, UUID workflowId) {
        var workflow = workflows.find(workflowId).filter(w -> w.userId().equals(userId))
                .orElseThrow(PapErrors::workflowNotFound);
        long amount = switch (workflow.status()) {
            case PENDING_UPFRONT_PAYMENT -> {
                if (workflow.awaitsSeat()) {
                    throw DomainException.conflict(PapErrors.INVALID_TRANSITION,
                            "The upfront fee of this workflow is paid; it waits for a seat.");
                }
                var application = programs.find(workflow.applicationId(), null).application();
                application.requireBilling();
                programs.requireFreeSeat(application.batchId());
                yield fees.due(application);
            }
            case PAYMENT_COLLECTION_PENDING -> workflow.papFeePaise();
            default -> throw PapErrors.invalidTransition(workflow.status(), "payment");
        };
        if (amount <= 0) {
            throw DomainException.conflict("NOTHING_TO_PAY", "Nothing is due on this workflow.");
        }
        return openOrder.open(new OpenPaymentOrder.Command(PaymentPurpose.PAP_FEE, workflow.id().toString(), amount));
    }
}
