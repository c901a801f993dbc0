package in.mrmentor.identity;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Everyone in the system is one row of {@code users}, told apart by {@link Role} (seed 003).
 * {@code credentialVersion} counts the changes that must end every access token issued before them
 * (password, role, activity); each access token carries the version it was issued under.
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
        boolean active,
        long credentialVersion) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_PHONE_LENGTH = 32;

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (credentialVersion < 0) {
            throw new IllegalArgumentException("credentialVersion must not be negative");
        }
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
        return new User(id, email, name, phone, role, passwordHash, now, now, true, 0);
    }

    /** A new password ends every access token issued before it. */
    public User withPassword(PasswordHash newHash, Instant changedAt) {
        return new User(id, email, name, phone, role, newHash, changedAt, createdAt, active, credentialVersion + 1);
    }

    /** A new display name; no credential changes, so tokens keep working. */
    public User withName(String newName) {
        return new User(id, email, newName, phone, role, passwordHash, passwordChangedAt, createdAt, active,
                credentialVersion);
    }

    /** A new role ends every access token issued under the old one. */
    public User withRole(Role newRole) {
        Objects.requireNonNull(newRole, "newRole");
        return newRole == role ? this
                : new User(id, email, name, phone, newRole, passwordHash, passwordChangedAt, createdAt, active,
                credentialVersion + 1);
    }

    /** Deactivating or reactivating ends every access token issued before. */
    public User withActive(boolean nowActive) {
        return nowActive == active ? this
                : new User(id, email, name, phone, role, passwordHash, passwordChangedAt, createdAt, nowActive,
                credentialVersion + 1);
    }

    /**
     * Whether an access token issued under {@code tokenCredentialVersion} may still speak for this user.
     * The seed compared the token's {@code iat} with {@code passwordChangedAt} in whole seconds, so a
     * token from the second of a change outlived it; a version has no such blind spot, and a token
     * issued right after the change carries the new version and works.
     */
    public boolean acceptsToken(long tokenCredentialVersion) {
        return active && tokenCredentialVersion == credentialVersion;
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + ", role=" + role + ", active=" + active + "]";
    }
}
