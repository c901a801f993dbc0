package in.mrmentor.config;

import in.mrmentor.config.port.SystemConfigs;

import java.util.Map;
import java.util.Optional;

/**
 * The value in force for a runtime key and the tier it comes from ({@code mas config get KEY
 * --effective}): an active {@code system_configs} row, else the environment variable it overrides,
 * else the in-code default (DOMAIN.md "Configuration"). A secret value is never shown, only masked.
 */
public final class ExplainSetting {

    public enum Tier { SYSTEM_CONFIG_ROW, ENVIRONMENT, DEFAULT, UNSET }

    /** @param source what exactly supplied the value: the row's key, the variable's name, or "in-code default" */
    public record Effective(String key, String value, Tier tier, String source, boolean secret) {
    }

    private final SystemConfigs configs;
    private final Map<String, String> environment;

    public ExplainSetting(SystemConfigs configs, Map<String, String> environment) {
        this.configs = configs;
        this.environment = Map.copyOf(environment);
    }

    /**
     * @throws in.mrmentor.shared.DomainException {@code VALIDATION_FAILED} for a malformed key,
     *         {@code CONFIG_NOT_FOUND} for a key neither known nor stored
     */
    public Effective explain(String key) {
        ConfigText.requireValidKey(key);
        Optional<KnownConfigKeys.Key> known = KnownConfigKeys.find(key);
        Optional<SystemConfig> row = configs.findByKey(key);
        if (known.isEmpty() && row.isEmpty()) {
            throw ConfigErrors.keyNotFound();
        }
        boolean secret = row.map(SystemConfig::secret).orElse(false) || known.map(KnownConfigKeys.Key::secret).orElse(false);
        if (row.isPresent() && row.get().active()) {
            return new Effective(key, shown(row.get().storedValue(), secret), Tier.SYSTEM_CONFIG_ROW,
                    "system_configs row " + key, secret);
        }
        String variable = known.map(KnownConfigKeys.Key::environmentVariable).orElse(null);
        String fromEnvironment = variable == null ? null : environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new Effective(key, shown(fromEnvironment, secret), Tier.ENVIRONMENT, "environment variable " + variable,
                    secret);
        }
        String defaultValue = known.map(KnownConfigKeys.Key::defaultValue).orElse(null);
        if (defaultValue != null) {
            return new Effective(key, defaultValue, Tier.DEFAULT, "in-code default", secret);
        }
        return new Effective(key, null, Tier.UNSET, row.isPresent() ? "the row is inactive and nothing else sets it"
                : "nothing sets it", secret);
    }

    private static String shown(String value, boolean secret) {
        return secret ? SystemConfig.MASK : value;
    }
}
