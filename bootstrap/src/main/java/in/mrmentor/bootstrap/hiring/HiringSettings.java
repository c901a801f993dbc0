package in.mrmentor.bootstrap.hiring;

import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.external.hiring.LlmSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * Mr. Hire's settings: resume size, the apply rate, quiz-link signing, the interview webhook secret,
 * and the LLM used for resume analysis (absent: the local analyzer).
 *
 * @param quizTokenSecretGenerated the quiz secret was generated for development, not configured
 */
public record HiringSettings(long maxResumeBytes, int applyRatePerMinute, int screeningConcurrency, Optional<Secret> quizTokenSecret,
                             boolean quizTokenSecretGenerated, String quizLinkBase, Optional<Secret> webhookSecret,
                             Optional<LlmSettings> llm) {
    public HiringSettings {
        Objects.requireNonNull(quizTokenSecret, "quizTokenSecret");
        Objects.requireNonNull(quizLinkBase, "quizLinkBase");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(llm, "llm");
    }
}
