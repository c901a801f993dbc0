package in.mrmentor.mail;

import in.mrmentor.shared.Validation;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A file a message carries, held in the outbox with the message itself, so the mail and what it
 * attaches are committed together and a delivery never depends on a store the job cannot reach.
 * {@code toString()} names the file, never its bytes.
 *
 * @param filename    what the recipient sees, without any path
 * @param contentType a MIME type such as {@code application/pdf}
 */
public record MailAttachment(String filename, String contentType, byte[] content) {
    public static final int MAX_FILENAME_LENGTH = 200;
    private static final Pattern MIME_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

    public MailAttachment {
        new Validation()
                .requireText(filename, "filename", MAX_FILENAME_LENGTH)
                .require(filename == null || filename.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f),
                        "filename", "must be a plain file name, without a path or control characters")
                .require(contentType != null && MIME_TYPE.matcher(contentType).matches(), "contentType",
                        "must be a MIME type such as application/pdf")
                .require(content != null && content.length > 0, "content", "must not be empty")
                .orThrow();
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && filename.equals(that.filename)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * filename.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
