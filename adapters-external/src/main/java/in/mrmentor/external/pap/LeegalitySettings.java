package in.mrmentor.external.pap;

import java.util.Objects;

/**
 * Leegality's account: its base URL, the {@code X-Auth-Token}, the private salt of the callbacks'
 * {@code mac}, and the create-request JSON template (the profile and options our account uses),
 * which the adapter completes with the file, the invitee and our {@code irn}.
 */
public record LeegalitySettings(String baseUrl, String authToken, String privateSalt, String createRequestTemplate) {
    public static final String DEFAULT_TEMPLATE = "{}";

    public LeegalitySettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(privateSalt, "privateSalt");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        createRequestTemplate = createRequestTemplate == null || createRequestTemplate.isBlank()
                ? DEFAULT_TEMPLATE : createRequestTemplate;
    }

    @Override
    public String toString() {
        return "LeegalitySettings[baseUrl=" + baseUrl + ", authToken=********, privateSalt=********]";
    }
}
