package in.mrmentor.config;

import in.mrmentor.config.port.SecretCipher;
import in.mrmentor.config.port.SystemConfigs;

import java.util.Map;
import java.util.Optional;

/**
 * The three tiers for a setting with a runtime override: an active {@code system_configs} row,
 * then the process environment, then the caller's default. Secret rows are opened here, for the
 * code that needs the clear value, and nowhere else.
 */
public final class ResolveSetting {
    private final SystemConfigs configs;
    private final SecretCipher cipher;
    private final Map<String, String> environment;

    public ResolveSetting(SystemConfigs configs, SecretCipher cipher, Map<String, String> environment) {
        this.configs = configs;
        this.cipher = cipher;
        this.environment = Map.copyOf(environment);
    }

    public Optional<String> resolve(String key, String environmentVariable) {
        var row = configs.findByKey(key).filter(SystemConfig::active);
        if (row.isPresent()) {
            var config = row.get();
            return Optional.of(config.secret() ? cipher.open(config.storedValue()) : config.storedValue());
        }
        return Optional.ofNullable(environmentVariable == null ? null : environment.get(environmentVariable))
                .filter(value -> !value.isBlank());
    }

    public String resolve(String key, String environmentVariable, String defaultValue) {
        return resolve(key, environmentVariable).orElse(defaultValue);
    }
}
