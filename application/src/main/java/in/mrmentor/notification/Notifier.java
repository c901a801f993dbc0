package in.mrmentor.notification;

import java.util.List;

/**
 * Puts notifications in users' inboxes on behalf of any context: the notification context's public
 * face, as {@code Mailer} is mail's. Called inside the use case's transaction, so a notification
 * commits with the change it tells of and a rolled-back change tells nobody. {@link StoredNotifier}
 * is the implementation to wire.
 *
 * <p>Notifications are a context of their own (rather than a part of identity or of each context
 * that raises them) because every context raises them and none owns the inbox: like mail, the
 * raisers depend on this root-package type only, and the inbox's storage, lists and read state
 * stay in one place.
 */
public interface Notifier {

    /** Every notice in one write (one statement on PostgreSQL), so a booking pays for one round trip. */
    void notify(List<Notice> notices);

    default void notify(Notice notice) {
        notify(List.of(notice));
    }

    /** A notifier that tells nobody, for use cases wired where no inbox exists (tools, some tests). */
    static Notifier none() {
        return notices -> { };
    }
}
