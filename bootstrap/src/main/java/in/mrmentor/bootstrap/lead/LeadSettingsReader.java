package in.mrmentor.bootstrap.lead;

import in.mrmentor.bootstrap.settings.DevelopmentSecrets;
import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.settings.SettingsProblems;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Reads {@link LeadSettings}; in development a missing pepper is generated once like the other dev secrets. */
public final class LeadSettingsReader {
    static final int MIN_PEPPER_CHARS = 16;

    private LeadSettingsReader() {
    }

    public static LeadSettings read(Map<String, String> env, SettingsProblems problems, boolean production, Path dataDirectory) {
        Optional<Secret> pepper = SettingsProblems.secret(env, EnvVar.VENDOR_API_KEY_PEPPER);
        if (pepper.isEmpty() && !production) {
            pepper = Optional.of(DevelopmentSecrets.in(dataDirectory).get(EnvVar.VENDOR_API_KEY_PEPPER));
        }
        if (pepper.isPresent() && pepper.get().value().length() < MIN_PEPPER_CHARS) {
            problems.add(EnvVar.VENDOR_API_KEY_PEPPER, "must be at least " + MIN_PEPPER_CHARS + " characters long");
        }
        int vendorRate = problems.integer(env, EnvVar.VENDOR_RATE_LIMIT_PER_MINUTE, 120, 1, 1_000_000);
        int formRate = problems.integer(env, EnvVar.CAMPAIGN_FORM_RATE_PER_MINUTE, 30, 1, 1_000_000);
        long maxBytes = problems.integer(env, EnvVar.CRM_IMPORT_MAX_MB, 100, 1, 1024 * 1024) * 1024L * 1024L;
        return new LeadSettings(pepper, vendorRate, formRate, maxBytes);
    }
}
