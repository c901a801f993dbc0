package in.mrmentor.pap;

import in.mrmentor.notification.Notice;
import in.mrmentor.notification.NotificationType;

import java.util.Optional;
import java.util.UUID;

/**
 * What a student is told in-app of their pay-after-placement workflow (API.md: "PAP step done"):
 * every step someone else takes (an admin, the payment gateway, the e-signing provider), with what
 * it asks of them next. Their own steps they already know of.
 */
final class PapNotices {
    private PapNotices() {
    }

    static Optional<Notice> stepDone(PapStatus from, PapWorkflow moved, UUID actor, String note) {
        if (moved.userId().equals(actor)) {
            return Optional.empty();
        }
        String link = "/pap/workflows/" + moved.id();
        if (from == PapStatus.PENDING_MOU_REVIEW && moved.status() == PapStatus.PENDING_MOU_UPLOAD) {
            return Optional.of(new Notice(moved.userId(), NotificationType.PAP_STEP_DONE,
                    "Pay-after-placement: MOU sent back", "Sign the MOU again" + (note == null || note.isBlank()
                            ? "." : ": " + note), link));
        }
        return Optional.of(new Notice(moved.userId(), NotificationType.PAP_STEP_DONE,
                "Pay-after-placement: " + title(moved.status()), next(moved.status()), link));
    }

    private static String title(PapStatus status) {
        return switch (status) {
            case PENDING_MOU_DETAILS -> "workflow started";
            case PENDING_MOU_UPLOAD -> "MOU ready to sign";
            case PENDING_MOU_REVIEW -> "MOU signed, under review";
            case MOU_SIGNED_APPROVED -> "MOU approved";
            case PENDING_PAYMENT_OPTION -> "choose how to pay";
            case PENDING_PAP_APPROVAL -> "waiting for approval";
            case PENDING_UPFRONT_PAYMENT -> "upfront fee due";
            case ENROLLED -> "enrolled";
            case PLACEMENT_UNDER_REVIEW -> "placement under review";
            case PAYMENT_COLLECTION_PENDING -> "placement verified, fee due";
            case CLOSED -> "closed";
        };
    }

    private static String next(PapStatus status) {
        return switch (status) {
            case PENDING_MOU_DETAILS -> "Fill in your MOU details.";
            case PENDING_MOU_UPLOAD -> "Sign the MOU.";
            case PENDING_MOU_REVIEW -> "Your signed MOU is being reviewed.";
            case MOU_SIGNED_APPROVED, PENDING_PAYMENT_OPTION -> "Choose pay-after-placement or the upfront fee.";
            case PENDING_PAP_APPROVAL -> "An admin reviews your pay-after-placement request.";
            case PENDING_UPFRONT_PAYMENT -> "Pay the upfront fee to take your seat.";
            case ENROLLED -> "You are enrolled in your batch.";
            case PLACEMENT_UNDER_REVIEW -> "Your placement report is being verified.";
            case PAYMENT_COLLECTION_PENDING -> "Pay the pay-after-placement fee; its invoice follows the payment.";
            case CLOSED -> "Your pay-after-placement agreement is complete.";
        };
    }
}
