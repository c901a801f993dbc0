package in.mrmentor.config;

import java.time.Instant;
import java.util.UUID;

/** A row as administrators see it: a secret's value is always masked. */
public record ConfigEntry(UUID id, String key, String value, String label, String description,
                          boolean secret, boolean active, Instant createdAt, Instant updatedAt) {

    static ConfigEntry of(SystemConfig row) {
        return new ConfigEntry(row.id(), row.key(), row.secret() ? SystemConfig.MASK : row.storedValue(),
                row.label(), row.description(), row.secret(), row.active(), row.createdAt(), row.updatedAt());
    }
}
