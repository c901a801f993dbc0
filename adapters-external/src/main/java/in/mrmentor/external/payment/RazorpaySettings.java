package in.mrmentor.external.payment;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Razorpay credentials. {@code toString()} never shows the secrets.
 *
 * @param webhookSecret the secret configured for the webhook in Razorpay's dashboard; empty: webhooks answer 503
 * @param apiUrl        {@code https://api.razorpay.com} in real life; tests point it at a stub
 */
public record RazorpaySettings(String keyId, String keySecret, Optional<String> webhookSecret, URI apiUrl) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.razorpay.com");

    public RazorpaySettings {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keySecret, "keySecret");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(apiUrl, "apiUrl");
    }

    @Override
    public String toString() {
        return "RazorpaySettings[keyId=" + keyId + ", keySecret=********, webhookSecret="
                + (webhookSecret.isPresent() ? "********" : "unset") + ", apiUrl=" + apiUrl + "]";
    }
}
