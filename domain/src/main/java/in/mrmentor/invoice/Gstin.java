package in.mrmentor.invoice;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A GST identification number: the shape of the GSTN format, the state code in its first two digits
 * and the mod-36 check character over the first fourteen (FINANCE.md).
 */
public record Gstin(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][Z1-9ABD-J][0-9A-Z]$");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public Gstin {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid GSTIN");
        }
    }

    /** The GSTIN, or empty when the text is not one (any case is read as upper case, blanks trimmed). */
    public static Optional<Gstin> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.strip().toUpperCase(java.util.Locale.ROOT);
        return isValid(normal) ? Optional.of(new Gstin(normal)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches() && checkCharacter(text.substring(0, 14)) == text.charAt(14);
    }

    /** The check character of the first fourteen characters: weights 1,2,1,2..., p/36 + p%36 summed. */
    public static char checkCharacter(String first14) {
        int total = 0;
        for (int i = 0; i < first14.length(); i++) {
            int value = ALPHABET.indexOf(first14.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character outside 0-9A-Z");
            }
            int product = value * (i % 2 == 0 ? 1 : 2);
            total += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - total % 36) % 36);
    }

    /** The two-digit state code the GSTIN was issued in. */
    public String stateCode() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
