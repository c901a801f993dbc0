package in.mrmentor.slot;

import in.mrmentor.notification.Notice;
import in.mrmentor.notification.NotificationType;
import in.mrmentor.notification.Notifier;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The in-app notifications of mentorship: what the student and the mentor of a slot are told, and
 * what a mentor is told of their withdrawals. Written through {@link Notifier} inside the use case's
 * transaction; the two inboxes of a booking are one write.
 */
public final class SlotNotices {
    private final Notifier notifier;

    public SlotNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    void bookingConfirmed(Slot slot) {
        String when = " on " + slot.time().start() + " (UTC)";
        notifier.notify(List.of(
                new Notice(slot.studentId(), NotificationType.BOOKING_CONFIRMED, "Meeting confirmed",
                        "Your meeting" + when + " is confirmed.", link(slot)),
                new Notice(slot.mentorId(), NotificationType.BOOKING_CONFIRMED, "New booking",
                        "A student booked your meeting" + when + ".", link(slot))));
    }

    /** Tells the other participant of the slot that {@code by} asked for a cancellation. */
    void cancellationRequested(Slot slot, UUID by) {
        UUID other = by.equals(slot.mentorId()) ? slot.studentId() : slot.mentorId();
        if (other != null) {
            notifier.notify(new Notice(other, NotificationType.CANCELLATION_REQUESTED, "Cancellation requested",
                    "A cancellation was requested for the meeting on " + slot.time().start() + " (UTC).", link(slot)));
        }
    }

    void cancelled(Slot slot) {
        List<Notice> notices = new ArrayList<>();
        for (UUID user : new UUID[] {slot.studentId(), slot.mentorId()}) {
            if (user != null) {
                notices.add(new Notice(user, NotificationType.SLOT_CANCELLED, "Meeting cancelled",
                        "The meeting on " + slot.time().start() + " (UTC) was cancelled.", link(slot)));
            }
        }
        notifier.notify(notices);
    }

    void requestAccepted(SlotRequest request) {
        notifier.notify(new Notice(request.studentId(), NotificationType.SLOT_REQUEST_ACCEPTED, "Request accepted",
                "Your mentor accepted your request for " + request.preferredStart() + " (UTC).",
                "/slots/" + request.slotId()));
    }

    void requestDeclined(SlotRequest request) {
        notifier.notify(new Notice(request.studentId(), NotificationType.SLOT_REQUEST_DECLINED, "Request declined",
                "Your mentor declined your request for " + request.preferredStart() + " (UTC).",
                "/slot-requests/" + request.id()));
    }

    void withdrawalDecided(Withdrawal withdrawal) {
        var type = switch (withdrawal.status()) {
            case APPROVED -> NotificationType.WITHDRAWAL_APPROVED;
            case REJECTED -> NotificationType.WITHDRAWAL_REJECTED;
            case PAID -> NotificationType.WITHDRAWAL_PAID;
            default -> null;
        };
        if (type != null) {
            notifier.notify(new Notice(withdrawal.mentorId(), type, "Withdrawal " + withdrawal.status().name()
                    .toLowerCase(java.util.Locale.ROOT), "Your withdrawal of " + withdrawal.amountPaise()
                    + " paise is " + withdrawal.status().name().toLowerCase(java.util.Locale.ROOT) + ".",
                    "/mentor/earnings"));
        }
    }

    private static String link(Slot slot) {
        return "/slots/" + slot.id();
    }
}
