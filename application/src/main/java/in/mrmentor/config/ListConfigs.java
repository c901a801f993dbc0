package in.mrmentor.config;

import in.mrmentor.config.port.SystemConfigs;

import java.util.List;

/** Every row ordered by key, secret values masked. */
public final class ListConfigs {
    private final SystemConfigs configs;

    public ListConfigs(SystemConfigs configs) {
        this.configs = configs;
    }

    public List<ConfigEntry> list() {
        return configs.all().stream().map(ConfigEntry::of).toList();
    }

    public ConfigEntry get(String key) {
        return configs.findByKey(key).map(ConfigEntry::of).orElseThrow(ConfigErrors::keyNotFound);
    }
}
