package in.mrmentor.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A mailed 6-digit code: valid {@link #VALIDITY}, {@link #MAX_TRIES} wrong guesses burn it. Only its
 * slow hash is stored; a newer code for the same address and {@link Purpose} replaces an older one.
 */
public record OneTimeCode(UUID id, Email email, PasswordHash codeHash, Instant createdAt, Instant expiresAt,
                          int failedTries, Purpose purpose) {

    /**
     * What a code may be used for. A code mailed to verify an address never resets a password, and a
     * reset code never verifies: each purpose keeps its own live code per address.
     */
    public enum Purpose {
        /** {@code /api/auth/otp/request} and {@code /verify}. */
        EMAIL_OTP,
        /** {@code /api/auth/password/forgot} and {@code /reset}. */
        PASSWORD_RESET
    }

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
        Objects.requireNonNull(purpose, "purpose");
        if (failedTries < 0 || failedTries > MAX_TRIES) {
            throw new IllegalArgumentException("failedTries must be 0.." + MAX_TRIES);
        }
    }

    /** A verification code ({@link Purpose#EMAIL_OTP}), as the OTP routes had before purposes existed. */
    public OneTimeCode(UUID id, Email email, PasswordHash codeHash, Instant createdAt, Instant expiresAt,
                       int failedTries) {
        this(id, email, codeHash, createdAt, expiresAt, failedTries, Purpose.EMAIL_OTP);
    }

    public static OneTimeCode issue(UUID id, Email email, PasswordHash codeHash, Instant now) {
        return issue(id, email, codeHash, now, Purpose.EMAIL_OTP);
    }

    public static OneTimeCode issue(UUID id, Email email, PasswordHash codeHash, Instant now, Purpose purpose) {
        return new OneTimeCode(id, email, codeHash, now, now.plus(VALIDITY), 0, purpose);
    }

    /** Whether {@code code} can be a code at all; anything else is wrong without looking further. */
    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    public boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt) && failedTries < MAX_TRIES;
    }

    public OneTimeCode afterWrongGuess() {
        return new OneTimeCode(id, email, codeHash, createdAt, expiresAt, failedTries + 1, purpose);
    }

    /** True when no guess is left, so the code should be deleted. */
    public boolean isBurnt() {
        return failedTries >= MAX_TRIES;
    }

    @Override
    public String toString() {
        return "OneTimeCode[id=" + id + ", email=" + email + ", hash=********, expiresAt=" + expiresAt
                + ", failedTries=" + failedTries + ", purpose=" + purpose + "]";
    }
}
