package in.mrmentor.identity;

import java.util.Objects;

/** The stored, one-way form of a password (or of a one-time code). Never printed. */
public record PasswordHash(String value) {
    public PasswordHash {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a password hash must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[********]";
    }
}
