package in.mrmentor.mail;

import in.mrmentor.shared.Validation;

/**
 * One message to send. Bodies may hold secrets (one-time codes, links), so {@code toString()} shows
 * only the recipient and subject.
 *
 * @param htmlBody    optional; plain text is always present so every client can read the message
 * @param fromAddress the sender its tenant brands it with; null for the configured sender
 * @param fromName    the sender's display name; null for the configured one
 */
public record OutgoingEmail(String to, String subject, String textBody, String htmlBody, String fromAddress,
                            String fromName) {
    public static final int MAX_ADDRESS_LENGTH = 320;
    public static final int MAX_SUBJECT_LENGTH = 998;

    public OutgoingEmail {
        new Validation()
                .requireText(to, "to", MAX_ADDRESS_LENGTH)
                .requireText(subject, "subject", MAX_SUBJECT_LENGTH)
                .require(textBody != null && !textBody.isBlank(), "textBody", "must not be blank")
                .optionalText(fromAddress, "fromAddress", MAX_ADDRESS_LENGTH)
                .optionalText(fromName, "fromName", 200)
                .orThrow();
    }

    /** A message from the configured sender. */
    public OutgoingEmail(String to, String subject, String textBody, String htmlBody) {
        this(to, subject, textBody, htmlBody, null, null);
    }

    /** The same message from {@code address}, shown as {@code name}. */
    public OutgoingEmail from(String address, String name) {
        return new OutgoingEmail(to, subject, textBody, htmlBody, address, name);
    }

    /** The message a template rendered, for {@code to}. */
    public static OutgoingEmail of(String to, EmailTemplate.Rendered rendered) {
        return new OutgoingEmail(to, rendered.subject(), rendered.textBody(), rendered.htmlBody());
    }

    @Override
    public String toString() {
        return "OutgoingEmail[to=" + to + ", subject=" + subject + "]";
    }
}
