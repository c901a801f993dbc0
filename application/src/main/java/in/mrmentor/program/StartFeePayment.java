package in.mrmentor.program;

import in.mrmentor.invoice.OpenPaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.DomainException;

import java.util.UUID;

/**
 * The owner of an APPROVED application with billing details opens the gateway order for its fee
 * (the batch fee less an approved discount): 409 otherwise, 503 without a gateway.
 */
public final class StartFeePayment {
    private final ProgramApplications applications;
    private final ProgramFees fees;
    private final OpenPaymentOrder openOrder;

    public StartFeePayment(ProgramApplications applications, ProgramFees fees, OpenPaymentOrder openOrder) {
        this.applications = applications;
        this.fees = fees;
        this.openOrder = openOrder;
    }

    public OpenPaymentOrder.Checkout start(UUID userId, UUID applicationId) {
        var application = applications.find(applicationId).filter(a -> a.userId().equals(userId))
                .orElseThrow(ProgramErrors::applicationNotFound);
        if (application.status() != ApplicationStatus.APPROVED) {
            throw ProgramErrors.invalidTransition("application", application.status(), ApplicationStatus.PAYMENT_RECEIVED);
        }
        application.requireBilling();
        long due = fees.due(application);
        if (due <= 0) {
            throw DomainException.conflict("NOTHING_TO_PAY", "The approved discount covers the whole fee.");
        }
        return openOrder.open(new OpenPaymentOrder.Command(PaymentPurpose.APPLICATION_FEE, application.id().toString(), due));
    }
}
