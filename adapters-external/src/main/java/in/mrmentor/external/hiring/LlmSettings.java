package in.mrmentor.external.hiring;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An OpenAI-compatible chat-completions endpoint: the full URL, its key and model, a timeout, and the
 * prices per million tokens in USD (for the cost ledger).
 */
public record LlmSettings(URI chatCompletionsUrl, String apiKey, String model, Duration timeout,
                          double pricePerMillionInputUsd, double pricePerMillionOutputUsd) {
    public LlmSettings {
        Objects.requireNonNull(chatCompletionsUrl, "chatCompletionsUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String toString() {
        return "LlmSettings[url=" + chatCompletionsUrl + ", apiKey=********, model=" + model + ", timeout=" + timeout + "]";
    }
}
