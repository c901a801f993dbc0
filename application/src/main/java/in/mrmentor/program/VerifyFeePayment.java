package in.mrmentor.program;

import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.program.port.ProgramApplications;

import java.util.UUID;

/**
 * The owner brings back the checkout result: a genuine signature completes the fee as the webhook
 * would (whichever comes first wins; repeats change nothing), and the application is answered as it
 * now stands (PAID with its invoice number).
 */
public final class VerifyFeePayment {
    private final ProgramApplications applications;
    private final ConfirmCheckout confirm;

    public VerifyFeePayment(ProgramApplications applications, ConfirmCheckout confirm) {
        this.applications = applications;
        this.confirm = confirm;
    }

    public ProgramApplication verify(UUID userId, UUID applicationId, ConfirmCheckout.Command command) {
        applications.find(applicationId).filter(a -> a.userId().equals(userId))
                .orElseThrow(ProgramErrors::applicationNotFound);
        confirm.confirm(command);
        return applications.find(applicationId).orElseThrow(ProgramErrors::applicationNotFound);
    }
}
