package in.mrmentor.bootstrap.settings;

import in.mrmentor.config.FeatureFlag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects every configuration problem before refusing to start, so one restart fixes them all. Every
 * context's settings reader adds to the same one.
 */
public final class SettingsProblems {
    private final List<String> problems = new ArrayList<>();

    public void add(EnvVar var, String what) {
        problems.add(var.name() + " " + what);
    }

    public int integer(Map<String, String> env, EnvVar var, int fallback, int min, int max) {
        String raw = env.get(var.name());
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                add(var, "must be a whole number from " + min + " to " + max);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            add(var, "must be a whole number from " + min + " to " + max);
            return fallback;
        }
    }

    public boolean bool(Map<String, String> env, EnvVar var, boolean whenUnset) {
        return FeatureFlag.parseSwitch(env.get(var.name()), whenUnset).orElseGet(() -> {
            add(var, "must be one of true, false, 1, 0, yes, no, on, off");
            return whenUnset;
        });
    }

    /** The trimmed value of {@code var}, empty when unset or blank. */
    public static Optional<String> text(Map<String, String> env, EnvVar var) {
        String value = env.get(var.name());
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The value of {@code var} exactly as given (secrets are not trimmed), empty when unset or empty. */
    public static Optional<Secret> secret(Map<String, String> env, EnvVar var) {
        String value = env.get(var.name());
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(new Secret(value));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
