package in.mrmentor.config;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One runtime-editable row of {@code system_configs}. For a secret row {@code storedValue} is the
 * ciphertext; it never leaves the process in clear except to the code that needs it.
 */
public record SystemConfig(
        UUID id,
        String key,
        String storedValue,
        String label,
        String description,
        boolean secret,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_KEY_LENGTH = 150;
    public static final int MAX_LABEL_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    public static final int MAX_VALUE_LENGTH = 65_536;
    public static final String MASK = "********";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

    public SystemConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(storedValue, "storedValue");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static boolean isValidKey(String key) {
        return key != null && key.length() <= MAX_KEY_LENGTH && KEY.matcher(key).matches();
    }

    /** Whether the public route may serve this row: active and not a secret. */
    public boolean isPublic() {
        return active && !secret;
    }

    public SystemConfig withChanges(String newStoredValue, String newLabel, String newDescription,
                                    boolean newSecret, boolean newActive, Instant at) {
        return new SystemConfig(id, key, newStoredValue, newLabel, newDescription, newSecret, newActive, createdAt, at);
    }

    @Override
    public String toString() {
        return "SystemConfig[id=" + id + ", key=" + key + ", value=" + (secret ? MASK : storedValue)
                + ", secret=" + secret + ", active=" + active + "]";
    }
}
