package in.mrmentor.identity;

import in.mrmentor.shared.Validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as identity knows it: trimmed and lower-cased, so "A@X.in" and "a@x.in" are one
 * account (the seed compared case-sensitively and let duplicates in). The format check is deliberately
 * plain — one {@code @}, a dotted domain, no spaces — because only a mail that arrives proves an address.
 */
public record Email(String value) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern FORMAT =
            Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public Email {
        if (!isValid(value)) {
            throw Validation.invalid("email", "must be a valid e-mail address");
        }
        value = normalise(value);
    }

    public static Email of(String raw) {
        return new Email(raw);
    }

    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String candidate = raw.trim();
        return candidate.length() <= MAX_LENGTH && FORMAT.matcher(candidate).matches();
    }

    private static String normalise(String raw) {
        return raw.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
