package in.mrmentor.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A mailed 6-digit code: valid {@link #VALIDITY}, {@link #MAX_TRIES} wrong guesses burn it. Only its
 * slow hash is stored; a newer code for the same address replaces an older one.
 */
public record OneTimeCode(UUID id, Email email, PasswordHash codeHash, Instant createdAt, Instant expiresAt,
                          int failedTries) {
    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_TRIES = 5;
    public static final int DIGITS = 6;
    private static final Pattern FORMAT = Pattern.compile("\\d{" + DIGITS + "}");

    public OneTimeCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (failedTries < 0 || failedTries > MAX_TRIES) {
            throw new IllegalArgumentException("failedTries must be 0.." + MAX_TRIES);
        }
    }

    public static OneTimeCode issue(UUID id, Email email, PasswordHash codeHash, Instant now) {
        return new OneTimeCode(id, email, codeHash, now, now.plus(VALIDITY), 0);
    }

    /** Whether {@code code} can be a code at all; anything else is wrong without looking further. */
    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    public boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt) && failedTries < MAX_TRIES;
    }

    public OneTimeCode afterWrongGuess() {
        return new OneTimeCode(id, email, codeHash, createdAt, expiresAt, failedTries + 1);
    }

    /** True when no guess is left, so the code should be deleted. */
    public boolean isBurnt() {
        return failedTries >= MAX_TRIES;
    }

    @Override
    public String toString() {
        return "OneTimeCode[id=" + id + ", email=" + email + ", hash=********, expiresAt=" + expiresAt
                + ", failedTries=" + failedTries + "]";
    }
}
