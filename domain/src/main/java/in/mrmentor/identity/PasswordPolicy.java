package in.mrmentor.identity;

import in.mrmentor.shared.Validation;

/**
 * What a chosen password must be. Length is the only rule (NIST 800-63B): composition rules make
 * passwords worse, and the upper bound only stops a multi-megabyte "password" from being hashed.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static boolean accepts(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }

    /** Adds a field error for {@code field} unless the password is acceptable. */
    public static Validation check(Validation validation, String field, String password) {
        return validation.require(accepts(password), field,
                "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
    }
}
