package in.mrmentor.bootstrap.settings;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A configured secret. Its {@code toString()} never shows the value, so it can't leak into a log line by accident. */
public record Secret(String value) {
    static final Set<String> KNOWN_DEFAULTS = Set.of("changeme", "change-me", "change-me-in-env",
            "change-this-password", "secret", "jwt_secret", "jwt-secret", "your-secret-key", "your_jwt_secret",
            "supersecret", "password", "admin", "admin123", "admin@123", "changeit", "default", "test", "shubham");

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    /** Seed 004's guard: production refuses values copied from samples and the seed's own code. */
    public boolean isKnownDefault() {
        return KNOWN_DEFAULTS.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "********";
    }
}
