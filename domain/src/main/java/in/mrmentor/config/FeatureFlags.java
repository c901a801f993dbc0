package in.mrmentor.config;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The resolved state of every {@link FeatureFlag}, fixed for the life of the process. */
public final class FeatureFlags {
    private final Map<FeatureFlag, Boolean> states;

    private FeatureFlags(Map<FeatureFlag, Boolean> states) {
        this.states = states;
    }

    public static FeatureFlags of(Map<FeatureFlag, Boolean> given) {
        EnumMap<FeatureFlag, Boolean> states = new EnumMap<>(FeatureFlag.class);
        for (FeatureFlag flag : FeatureFlag.values()) {
            states.put(flag, given.getOrDefault(flag, flag.defaultOn()));
        }
        return new FeatureFlags(states);
    }

    public static FeatureFlags defaults() {
        return of(Map.of());
    }

    public boolean isOn(FeatureFlag flag) {
        return states.get(Objects.requireNonNull(flag));
    }

    /** The kill switches by their JSON names, in declaration order. */
    public Map<String, Boolean> killSwitches() {
        Map<String, Boolean> view = new LinkedHashMap<>();
        states.forEach((flag, on) -> {
            if (flag.isKillSwitch()) {
                view.put(flag.jsonName(), on);
            }
        });
        return view;
    }

    @Override
    public String toString() {
        return "FeatureFlags" + states;
    }
}
