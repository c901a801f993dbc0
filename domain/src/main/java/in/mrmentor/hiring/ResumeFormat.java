package in.mrmentor.hiring;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a resume is, told by its bytes and never by the client's Content-Type: a PDF starts with
 * {@code %PDF-}; plain text is UTF-8 without control characters other than tab, CR, LF and form feed.
 */
public final class ResumeFormat {
    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain; charset=utf-8";

    private ResumeFormat() {
    }

    public static Optional<String> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
                && content[4] == '-') {
            return Optional.of(PDF);
        }
        return isText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean isText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.isBlank()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }
}
