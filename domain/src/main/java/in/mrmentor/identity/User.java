package in.mrmentor.identity;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Everyone in the system is one row of {@code users}, told apart by {@link Role} (seed 003).
 * {@code passwordChangedAt} is the instant before which every access token of this user is void.
 */
public record User(
        UUID id,
        Email email,
        String name,
        String phone,
        Role role,
        PasswordHash passwordHash,
        Instant passwordChangedAt,
        Instant createdAt,
        boolean active) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_PHONE_LENGTH = 32;

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        checkProfile(new Validation(), name, phone).orThrow();
    }

    /** The rules for the free-text profile fields, for commands that want every field error at once. */
    public static Validation checkProfile(Validation validation, String name, String phone) {
        return validation
                .requireText(name, "name", MAX_NAME_LENGTH)
                .optionalText(phone, "phone", MAX_PHONE_LENGTH);
    }

    /** A new user whose password was set just now. */
    public static User register(UUID id, Email email, String name, String phone, Role role,
                                PasswordHash passwordHash, Instant now) {
        return new User(id, email, name, phone, role, passwordHash, now, now, true);
    }

    public User withPassword(PasswordHash newHash, Instant changedAt) {
        return new User(id, email, name, phone, role, newHash, changedAt, createdAt, active);
    }

    /**
     * Whether an access token issued at {@code issuedAt} may still speak for this user. JWT {@code iat}
     * has whole seconds, so the comparison is in whole seconds: a token from the same second as the
     * change is accepted, which is what lets a client sign in again right after changing its password.
     */
    public boolean acceptsTokenIssuedAt(Instant issuedAt) {
        return active && issuedAt.getEpochSecond() >= passwordChangedAt.getEpochSecond();
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + ", role=" + role + ", active=" + active + "]";
    }
}
