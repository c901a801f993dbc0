package in.mrmentor.shared;

/**
 * Text as the platform accepts it from outside: any Unicode except control characters other than
 * tab, CR and LF, and except unpaired surrogates. PostgreSQL refuses a NUL byte in {@code text} (the
 * seed answered such input with a 500) and an unpaired surrogate is no character at all, so every
 * way text comes in (JSON bodies, path and query parameters, multipart fields, CSV cells, webhook
 * payloads) is checked here, once, before anything stores it.
 */
public record PlainText(String value) {
    public static final String MESSAGE = "must not contain control characters other than tab, CR and LF";

    public PlainText {
        if (!isPlain(value)) {
            throw new IllegalArgumentException(value == null ? "text must not be null" : "text " + MESSAGE);
        }
    }

    /** The value itself when it is plain (or null); otherwise a {@code VALIDATION_FAILED} refusal naming {@code field}. */
    public static String require(String field, String value) {
        if (value != null && !isPlain(value)) {
            throw Validation.invalid(field, MESSAGE);
        }
        return value;
    }

    public static boolean isPlain(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n')) {
                return false;
            }
        }
        return true;
    }
}
