package in.mrmentor.config;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code system_configs} keys something reads (seed 000, "Notable in-use keys"), each with the
 * environment variable it overrides, if any, and the in-code default. {@code mas config set} refuses
 * any other key unless forced, so a typo does not silently store a setting nothing reads. A context
 * that reads a new runtime key adds it here.
 */
public final class KnownConfigKeys {
    public static final String UNKNOWN_KEY = "UNKNOWN_CONFIG_KEY";

    /** @param environmentVariable the variable the row overrides, or null; @param defaultValue null when none */
    public record Key(String key, String environmentVariable, String defaultValue, boolean secret, String description) {
    }

    public static final List<Key> ALL = List.of(
            new Key("global_auto_screen_on_apply", null, "false", false,
                    "\"true\"/\"false\": screen a candidate's resume automatically when they apply (read by Mr. Hire)."),
            new Key("mas101_leegality_sandbox_base_url", "LEEGALITY_SANDBOX_BASE_URL", null, true,
                    "Fallback for LEEGALITY_SANDBOX_BASE_URL."),
            new Key("mas101_leegality_sandbox_auth_token", "LEEGALITY_SANDBOX_AUTH_TOKEN", null, true,
                    "Fallback auth token of the Leegality sandbox."),
            new Key("mas101_leegality_sandbox_create_request_template", "LEEGALITY_SANDBOX_CREATE_REQUEST_TEMPLATE", null,
                    true, "Create-request JSON template of the Leegality sandbox."));

    private KnownConfigKeys() {
    }

    public static Optional<Key> find(String key) {
        return ALL.stream().filter(known -> known.key().equals(key)).findFirst();
    }

    /** {@code UNKNOWN_CONFIG_KEY} (400) naming the closest known key, when one is close. */
    public static DomainException unknown(String key) {
        String lower = key == null ? "" : key.toLowerCase(Locale.ROOT);
        Optional<Key> closest = ALL.stream().min(Comparator.comparingInt(known -> distance(known.key(), lower)))
                .filter(known -> distance(known.key(), lower) <= Math.max(3, known.key().length() / 4));
        return new DomainException(ErrorKind.INVALID, UNKNOWN_KEY, "Nothing reads the configuration key '" + key + "'"
                + closest.map(known -> "; did you mean '" + known.key() + "'?").orElse(".")
                + " Known keys: " + String.join(", ", ALL.stream().map(Key::key).toList())
                + ". Use --force to store it anyway.");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
