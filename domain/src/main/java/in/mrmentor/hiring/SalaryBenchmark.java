package in.mrmentor.hiring;

import in.mrmentor.shared.Validation;
import java.util.Locale;

/**
 * A role's pay in a location (seed 003: SalaryBenchmark), in paise. Role and location are matched
 * without regard to case or surrounding space.
 */
public record SalaryBenchmark(String role, String location, long p25Paise, long p50Paise, long p75Paise,
                              int sampleSize, String source) {
    public SalaryBenchmark {
        new Validation()
                .requireText(role, "role", 200)
                .requireText(location, "location", 200)
                .optionalText(source, "source", 500)
                .require(p25Paise >= 0, "p25", "must not be negative")
                .require(p25Paise <= p50Paise && p50Paise <= p75Paise, "p50", "p25 <= p50 <= p75 must hold")
                .require(sampleSize >= 0, "sample_size", "must not be negative")
                .orThrow();
        role = role.trim();
        location = location.trim();
        source = source == null ? "" : source.trim();
    }

    public static String keyOf(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
