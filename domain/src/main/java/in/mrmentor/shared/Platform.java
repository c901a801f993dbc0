package in.mrmentor.shared;

import java.util.Optional;

/**
 * The tenant a request belongs to (header {@code x-platform}). Both brands share one deployment;
 * the value decides branding and which rows a request may see, so an unknown value is refused
 * instead of silently falling back to the default.
 */
public enum Platform {
    MR_MENTOR("mr-mentor"),
    MY_ANALYTICS_SCHOOL("my-analytics-school");

    private final String headerValue;

    Platform(String headerValue) {
        this.headerValue = headerValue;
    }

    public String headerValue() {
        return headerValue;
    }

    public static Platform defaultPlatform() {
        return MR_MENTOR;
    }

    /** The platform named exactly by {@code value}; empty for anything else. */
    public static Optional<Platform> fromHeader(String value) {
        for (Platform platform : values()) {
            if (platform.headerValue.equals(value)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
