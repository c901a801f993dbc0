package in.mrmentor.config;

import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TextKey;

import java.util.List;

/** Every row ordered by key, secret values masked, a page at a time. */
public final class ListConfigs {
    private static final Keyset<SystemConfig, TextKey> BY_KEY =
            Keyset.byText("system-configs", config -> new TextKey(config.key(), config.id()));

    private final SystemConfigs configs;

    public ListConfigs(SystemConfigs configs) {
        this.configs = configs;
    }

    /** Every row at once. */
    public List<ConfigEntry> list() {
        return configs.all().stream().map(ConfigEntry::of).toList();
    }

    /** @param cursor null for the first page */
    public Page<ConfigEntry> page(int limit, String cursor) {
        var request = BY_KEY.request(cursor, limit);
        return BY_KEY.page(configs.page(request), request).map(ConfigEntry::of);
    }

    /** @throws in.mrmentor.shared.DomainException {@code VALIDATION_FAILED} for a malformed key, {@code CONFIG_NOT_FOUND} */
    public ConfigEntry get(String key) {
        ConfigText.requireValidKey(key);
        return configs.findByKey(key).map(ConfigEntry::of).orElseThrow(ConfigErrors::keyNotFound);
    }
}
