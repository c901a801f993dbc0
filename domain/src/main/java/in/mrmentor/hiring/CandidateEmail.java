package in.mrmentor.hiring;

import java.util.Locale;
import java.util.regex.Pattern;

/** A candidate's email as duplicates are told apart by: trimmed and lower case. */
public final class CandidateEmail {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private CandidateEmail() {
    }

    /** The normalised address, or null when it is not an address (at most 254 characters). */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && SHAPE.matcher(email).matches() ? email : null;
    }
}
