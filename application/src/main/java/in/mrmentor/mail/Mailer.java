package in.mrmentor.mail;

import java.util.List;
import java.util.Map;

/**
 * Sends mail on behalf of any context: the mail context's public face, so other contexts' use cases
 * depend on this root-package type and never on the mail context's ports. Called inside the use
 * case's transaction: the message commits together with the change that caused it, and a
 * rolled-back change sends nothing. {@link QueuedMailer} is the implementation to wire.
 */
public interface Mailer {

    void send(OutgoingEmail email);

    /**
     * Sends a defined mail rendered with {@code values}: from its admin override where the mailer
     * supports overrides ({@link TemplatedMailer}), else from its default.
     */
    default void send(String to, MailDefinition mail, Map<String, String> values) {
        send(OutgoingEmail.of(to, mail.defaults().render(values)));
    }

    /** One recipient of a mail sent to several, with the values rendered for them. */
    record Recipient(String to, Map<String, String> values) {
    }

    /** Sends {@code mail} to each recipient; a mailer that can stores them all in one write. */
    default void send(MailDefinition mail, List<Recipient> recipients) {
        recipients.forEach(r -> send(r.to(), mail, r.values()));
    }

    /** Sends every mail; a mailer that can stores them all in one write. */
    default void sendAll(List<OutgoingEmail> emails) {
        emails.forEach(this::send);
    }
}
