package in.mrmentor.mail;

import in.mrmentor.shared.Validation;

import java.util.List;

/**
 * One message to send. Bodies may hold secrets (one-time codes, links), so {@code toString()} shows
 * only the recipient and subject.
 *
 * @param htmlBody    optional; plain text is always present so every client can read the message
 * @param fromAddress the sender its tenant brands it with; null for the configured sender
 * @param fromName    the sender's display name; null for the configured one
 * @param cc          who gets a copy, in the message's {@code Cc} header; empty for most mail
 * @param attachments files the message carries (an invoice's PDF); empty for most mail
 */
public record OutgoingEmail(String to, String subject, String textBody, String htmlBody, String fromAddress,
                            String fromName, List<String> cc, List<MailAttachment> attachments) {
    public static final int MAX_ADDRESS_LENGTH = 320;
    public static final int MAX_SUBJECT_LENGTH = 998;
    public static final int MAX_COPIES = 10;
    public static final int MAX_ATTACHMENTS = 10;
    /** Below what common SMTP servers accept (10-25 MB), base64 growing it by a third included. */
    public static final int MAX_ATTACHMENT_BYTES = 7 * 1024 * 1024;

    public OutgoingEmail {
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        new Validation()
                .requireText(to, "to", MAX_ADDRESS_LENGTH)
                .requireText(subject, "subject", MAX_SUBJECT_LENGTH)
                .require(textBody != null && !textBody.isBlank(), "textBody", "must not be blank")
                .optionalText(fromAddress, "fromAddress", MAX_ADDRESS_LENGTH)
                .optionalText(fromName, "fromName", 200)
                .require(cc.size() <= MAX_COPIES, "cc", "at most " + MAX_COPIES + " addresses")
                .require(cc.stream().allMatch(a -> !a.isBlank() && a.length() <= MAX_ADDRESS_LENGTH), "cc",
                        "every address must be 1 to " + MAX_ADDRESS_LENGTH + " characters")
                .require(attachments.size() <= MAX_ATTACHMENTS, "attachments", "at most " + MAX_ATTACHMENTS + " files")
                .require(attachments.stream().mapToLong(MailAttachment::size).sum() <= MAX_ATTACHMENT_BYTES,
                        "attachments", "at most " + MAX_ATTACHMENT_BYTES + " bytes together")
                .orThrow();
    }

    /** A message from the configured sender. */
    public OutgoingEmail(String to, String subject, String textBody, String htmlBody) {
        this(to, subject, textBody, htmlBody, null, null);
    }

    /** A message without copies or attachments. */
    public OutgoingEmail(String to, String subject, String textBody, String htmlBody, String fromAddress,
                         String fromName) {
        this(to, subject, textBody, htmlBody, fromAddress, fromName, List.of(), List.of());
    }

    /** The same message from {@code address}, shown as {@code name}. */
    public OutgoingEmail from(String address, String name) {
        return new OutgoingEmail(to, subject, textBody, htmlBody, address, name, cc, attachments);
    }

    /** The same message with {@code addresses} in copy; an address that is already the recipient is left out. */
    public OutgoingEmail copiedTo(List<String> addresses) {
        List<String> copies = addresses.stream().map(String::strip).filter(a -> !a.isEmpty())
                .filter(a -> !a.equalsIgnoreCase(to.strip())).distinct().toList();
        return new OutgoingEmail(to, subject, textBody, htmlBody, fromAddress, fromName, copies, attachments);
    }

    /** The same message carrying {@code files}. */
    public OutgoingEmail attaching(List<MailAttachment> files) {
        return new OutgoingEmail(to, subject, textBody, htmlBody, fromAddress, fromName, cc, files);
    }

    /** The message a template rendered, for {@code to}. */
    public static OutgoingEmail of(String to, EmailTemplate.Rendered rendered) {
        return new OutgoingEmail(to, rendered.subject(), rendered.textBody(), rendered.htmlBody());
    }

    @Override
    public String toString() {
        return "OutgoingEmail[to=" + to + ", subject=" + subject
                + (attachments.isEmpty() ? "" : ", attachments=" + attachments) + "]";
    }
}
