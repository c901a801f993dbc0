package in.mrmentor.notification;

import in.mrmentor.shared.DomainException;

/** The refusals of the notification context. */
public final class NotificationErrors {
    private NotificationErrors() {
    }

    /** No such notification in the caller's inbox: the same answer for "does not exist" and "not yours". */
    public static DomainException notFound() {
        return DomainException.notFound("NOTIFICATION_NOT_FOUND", "No such notification.");
    }
}
