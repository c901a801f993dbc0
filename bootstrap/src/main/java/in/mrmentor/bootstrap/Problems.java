package in.mrmentor.bootstrap;

import in.mrmentor.config.FeatureFlag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects every configuration problem before refusing to start, so one restart fixes them all. */
final class Problems {
    private final List<String> problems = new ArrayList<>();

    void add(EnvVar var, String what) {
        problems.add(var.name() + " " + what);
    }

    int integer(Map<String, String> env, EnvVar var, int fallback, int min, int max) {
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

    boolean bool(Map<String, String> env, EnvVar var, boolean whenUnset) {
        return FeatureFlag.parseSwitch(env.get(var.name()), whenUnset).orElseGet(() -> {
            add(var, "must be one of true, false, 1, 0, yes, no, on, off");
            return whenUnset;
        });
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }
}
