package in.mrmentor.config;

import in.mrmentor.config.port.SystemConfigs;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The call providers switched on at runtime (seed: {@code GET /api/system-config/enabled-call-providers}):
 * the names {@code X} of the active, non-secret rows {@code call_provider_X_enabled} whose value is
 * {@code "true"}, sorted. Mr. Hire reads this list to offer its recruiters the voice-call vendors.
 */
public final class ListEnabledCallProviders {
    private static final Pattern KEY = Pattern.compile("call_provider_(.+)_enabled");

    private final SystemConfigs configs;

    public ListEnabledCallProviders(SystemConfigs configs) {
        this.configs = configs;
    }

    public List<String> list() {
        return configs.all().stream()
                .filter(SystemConfig::isPublic)
                .filter(row -> "true".equals(row.storedValue().strip().toLowerCase(Locale.ROOT)))
                .map(row -> KEY.matcher(row.key()))
                .filter(Matcher::matches)
                .map(match -> match.group(1))
                .sorted()
                .toList();
    }
}
