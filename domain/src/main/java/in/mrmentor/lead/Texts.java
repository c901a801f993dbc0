package in.mrmentor.lead;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for the free-form maps of the CRM (extra fields, activity details). */
final class Texts {

    private Texts() {
    }

    /** An immutable copy without null values (a JSON {@code null} means "no such entry"). */
    static Map<String, String> withoutNulls(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return Map.copyOf(copy);
    }
}
