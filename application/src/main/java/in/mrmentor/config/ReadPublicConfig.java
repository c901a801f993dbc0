package in.mrmentor.config;

import in.mrmentor.config.port.SystemConfigs;

/**
 * Serves one row to anyone (Mr. Hire reads these at start-up without credentials). Inactive and
 * secret rows answer exactly like missing ones, so the route reveals nothing about them.
 */
public final class ReadPublicConfig {
    private final SystemConfigs configs;

    public ReadPublicConfig(SystemConfigs configs) {
        this.configs = configs;
    }

    public PublicConfig read(String key) {
        return configs.findByKey(key)
                .filter(SystemConfig::isPublic)
                .map(row -> new PublicConfig(row.key(), row.storedValue(), row.label(), row.description()))
                .orElseThrow(ConfigErrors::keyNotFound);
    }
}
