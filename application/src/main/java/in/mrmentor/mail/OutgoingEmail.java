package in.mrmentor.mail;

import in.mrmentor.shared.Validation;

/**
 * One message to send. Bodies may hold secrets (one-time codes, links), so {@code toString()} shows
 * only the recipient and subject.
 *
 * @param htmlBody optional; plain text is always present so every client can read the message
 */
public record OutgoingEmail(String to, String subject, String textBody, String htmlBody) {
    public static final int MAX_ADDRESS_LENGTH = 320;
    public static final int MAX_SUBJECT_LENGTH = 998;

    public OutgoingEmail {
        new Validation()
                .requireText(to, "to", MAX_ADDRESS_LENGTH)
                .requireText(subject, "subject", MAX_SUBJECT_LENGTH)
                .require(textBody != null && !textBody.isBlank(), "textBody", "must not be blank")
                .orThrow();
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
