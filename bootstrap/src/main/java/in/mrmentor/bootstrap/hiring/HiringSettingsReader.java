package in.mrmentor.bootstrap.hiring;

import in.mrmentor.bootstrap.settings.DevelopmentSecrets;
import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.external.hiring.LlmSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Reads {@link HiringSettings}: the spec's names first, the seed's {@code GROQ_*} as fallbacks. */
public final class HiringSettingsReader {
    static final String DEFAULT_MODEL = "llama-3.1-8b-instant";

    private HiringSettingsReader() {
    }

    public static HiringSettings read(Map<String, String> env, SettingsProblems problems, boolean production,
                                      Path dataDirectory) {
        long maxResume = problems.integer(env, EnvVar.MAX_RESUME_MB, 10, 1, 100) * 1024L * 1024L;
        int rate = problems.integer(env, EnvVar.HIRE_APPLY_RATE_PER_MINUTE, 10, 1, 1_000_000);
        int concurrency = problems.integer(env, EnvVar.HIRE_SCREENING_CONCURRENCY, 8, 1, 64);
        Optional<Secret> quizSecret = SettingsProblems.secret(env, EnvVar.QUIZ_TOKEN_SECRET);
        boolean generated = false;
        if (quizSecret.isEmpty() && !production) {
            quizSecret = Optional.of(DevelopmentSecrets.in(dataDirectory).get(EnvVar.QUIZ_TOKEN_SECRET));
            generated = true;
        }
        if (quizSecret.isPresent() && production && (quizSecret.get().isKnownDefault()
                || quizSecret.get().value().length() < 32)) {
            problems.add(EnvVar.QUIZ_TOKEN_SECRET, "must be at least 32 characters and not a known default");
        }
        String linkBase = SettingsProblems.text(env, EnvVar.QUIZ_LINK_BASE).orElse("http://localhost:8000/api/hire/quiz/");
        return new HiringSettings(maxResume, rate, concurrency, quizSecret, generated, linkBase,
                SettingsProblems.secret(env, EnvVar.MR_HIRE_WEBHOOK_SECRET), llm(env, problems));
    }

    private static Optional<LlmSettings> llm(Map<String, String> env, SettingsProblems problems) {
        Optional<Secret> key = SettingsProblems.secret(env, EnvVar.LLM_API_KEY)
                .or(() -> SettingsProblems.secret(env, EnvVar.GROQ_API_KEY));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> base = SettingsProblems.text(env, EnvVar.LLM_BASE_URL);
        String url = base.map(b -> b.replaceAll("/+$", "") + "/chat/completions")
                .or(() -> SettingsProblems.text(env, EnvVar.GROQ_TEXT_ENDPOINT))
                .orElse("https://api.groq.com/openai/v1/chat/completions");
        URI uri;
        try {
            uri = new URI(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            problems.add(base.isPresent() ? EnvVar.LLM_BASE_URL : EnvVar.GROQ_TEXT_ENDPOINT, "must be an http(s) URL");
            return Optional.empty();
        }
        String model = SettingsProblems.text(env, EnvVar.LLM_MODEL)
                .or(() -> SettingsProblems.text(env, EnvVar.GROQ_TEXT_MODEL)).orElse(DEFAULT_MODEL);
        EnvVar timeoutVar = env.containsKey(EnvVar.LLM_TIMEOUT_MS.name()) || !env.containsKey(EnvVar.GROQ_TIMEOUT_MS.name())
                ? EnvVar.LLM_TIMEOUT_MS : EnvVar.GROQ_TIMEOUT_MS;
        int timeout = problems.integer(env, timeoutVar, 20_000, 100, 600_000);
        return Optional.of(new LlmSettings(uri, key.get().value(), model, Duration.ofMillis(timeout),
                price(env, EnvVar.LLM_PRICE_PER_MTOK_INPUT_USD, problems),
                price(env, EnvVar.LLM_PRICE_PER_MTOK_OUTPUT_USD, problems)));
    }

    private static double price(Map<String, String> env, EnvVar var, SettingsProblems problems) {
        var raw = SettingsProblems.text(env, var);
        if (raw.isEmpty()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(raw.get());
            if (value >= 0 && value <= 10_000 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        problems.add(var, "must be a price in USD from 0 to 10000");
        return 0;
    }
}
