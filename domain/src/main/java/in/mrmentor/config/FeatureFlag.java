package in.mrmentor.config;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kill switches of seed 000. They come from the process environment only and change with a
 * restart. The seed read anything but the literal "false"/"0" as ON, so "FALSE" or "off" silently
 * left a feature live; here every spelling of yes/no counts, and anything else is refused.
 */
public enum FeatureFlag {
    TOKEN_REQUEST_FLOW("ENABLE_TOKEN_REQUEST_FLOW", "tokenRequestFlow", true),
    RESUME_REVIEW_SPEND("ENABLE_RESUME_REVIEW_SPEND", "resumeReviewSpend", true),
    STARTER_BUNDLE("ENABLE_STARTER_BUNDLE", "starterBundle", true),
    GRANT_AUDIT("ENABLE_GRANT_AUDIT", "grantAudit", true),
    APPLICATION_MEETINGS("ENABLE_APPLICATION_MEETINGS", "applicationMeetings", true),
    SEEDING("ENABLE_SEEDING", "seeding", false);

    private static final Set<String> OFF = Set.of("false", "0", "no", "off");
    private static final Set<String> ON = Set.of("true", "1", "yes", "on");

    private final String variable;
    private final String jsonName;
    private final boolean defaultOn;

    FeatureFlag(String variable, String jsonName, boolean defaultOn) {
        this.variable = variable;
        this.jsonName = jsonName;
        this.defaultOn = defaultOn;
    }

    public String variable() {
        return variable;
    }

    public String jsonName() {
        return jsonName;
    }

    public boolean defaultOn() {
        return defaultOn;
    }

    /**
     * Reads a raw environment value: unset or blank means the default; any case of
     * true/1/yes/on or false/0/no/off decides; anything else is empty (the caller refuses to start).
     */
    public Optional<Boolean> parse(String raw) {
        return parseSwitch(raw, defaultOn);
    }

    /** The same on/off vocabulary for any boolean setting, so every switch of the service reads alike. */
    public static Optional<Boolean> parseSwitch(String raw, boolean whenUnset) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(whenUnset);
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (ON.contains(value)) {
            return Optional.of(true);
        }
        if (OFF.contains(value)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** True for the five kill switches that {@code GET /api/admin/feature-flags} reports. */
    public boolean isKillSwitch() {
        return this != SEEDING;
    }
}
