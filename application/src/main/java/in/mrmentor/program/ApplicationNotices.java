package in.mrmentor.program;

import in.mrmentor.notification.Notice;
import in.mrmentor.notification.NotificationType;

import java.util.Optional;
import java.util.UUID;

/**
 * What an applicant is told in-app of their program application (API.md: "program application
 * decided"): every step someone else takes (an admin, the payment gateway). Their own steps
 * (submitting) they already know of, and a payment's two steps are told once, when it is PAID.
 */
final class ApplicationNotices {
    private ApplicationNotices() {
    }

    static Optional<Notice> of(ProgramApplication moved, UUID actor, String note) {
        if (moved.userId().equals(actor) || moved.status() == ApplicationStatus.PAYMENT_RECEIVED) {
            return Optional.empty();
        }
        String link = "/programs/applications/" + moved.id();
        return Optional.of(switch (moved.status()) {
            case APPROVED -> new Notice(moved.userId(), NotificationType.PROGRAM_APPLICATION_APPROVED,
                    "Application approved", "Your program application is approved: pay the fee to take your seat.", link);
            case REJECTED -> new Notice(moved.userId(), NotificationType.PROGRAM_APPLICATION_REJECTED,
                    "Application not accepted", "Your program application was not accepted"
                            + (note == null || note.isBlank() ? "." : ": " + note), link);
            default -> new Notice(moved.userId(), NotificationType.PROGRAM_APPLICATION_UPDATED,
                    "Application " + words(moved.status()), "Your program application is now " + words(moved.status())
                            + ".", link);
        });
    }

    private static String words(ApplicationStatus status) {
        return switch (status) {
            case BATCH_ALLOCATED -> "allocated to a batch";
            case UNDER_REVIEW -> "under review";
            case PAID -> "paid";
            default -> status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
