package in.mrmentor.bootstrap.config;

import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.external.mrhire.MrHireSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

import static in.mrmentor.bootstrap.settings.SettingsProblems.secret;
import static in.mrmentor.bootstrap.settings.SettingsProblems.text;

/**
 * The Mr. Hire backend counts as configured when both {@code MR_HIRE_BACKEND_URL} and
 * {@code INTERNAL_SERVICE_TOKEN} are set; either alone leaves the refresh route at 503 (the seed
 * skipped the call then). In production the token must not be short or a known default.
 */
public final class MrHireSettingsReader {
    static final int MIN_TOKEN_LENGTH = 16;

    private MrHireSettingsReader() {
    }

    public static Optional<MrHireSettings> read(Map<String, String> env, SettingsProblems problems, boolean production) {
        Optional<String> rawUrl = text(env, EnvVar.MR_HIRE_BACKEND_URL);
        Optional<Secret> token = secret(env, EnvVar.INTERNAL_SERVICE_TOKEN);
        if (production && token.isPresent()
                && (token.get().isKnownDefault() || token.get().value().length() < MIN_TOKEN_LENGTH)) {
            problems.add(EnvVar.INTERNAL_SERVICE_TOKEN, "must be at least " + MIN_TOKEN_LENGTH
                    + " characters and not a known default in production");
        }
        URI url = null;
        if (rawUrl.isPresent()) {
            try {
                url = new URI(rawUrl.get());
                if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                    problems.add(EnvVar.MR_HIRE_BACKEND_URL, "must be an absolute http(s) URL such as https://hire.example.com");
                    url = null;
                }
            } catch (URISyntaxException e) {
                problems.add(EnvVar.MR_HIRE_BACKEND_URL, "is not a valid URL");
            }
        }
        if (url == null || token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MrHireSettings(url, token.get().value()));
    }
}
