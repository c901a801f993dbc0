package in.mrmentor.lead;

import in.mrmentor.shared.Validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A lead as some channel describes it, already normalised: the phone in E.164 (libphonenumber,
 * behind the application's port) and the e-mail trimmed and lower-cased, so two spellings of one
 * person compare equal.
 */
public record LeadDraft(String name, String phone, String email, String campaign, String sessionYear,
                        InterestLevel interestLevel, List<String> tags, Map<String, String> extra) {
    public static final int MAX_NAME = 200;
    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG = 60;
    public static final int MAX_EXTRA = 50;
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public LeadDraft {
        Objects.requireNonNull(name, "name");
        if (phone == null || !E164.matcher(phone).matches()) {
            throw new IllegalArgumentException("phone must be E.164");
        }
        interestLevel = interestLevel == null ? InterestLevel.UNKNOWN : interestLevel;
        tags = List.copyOf(tags == null ? List.of() : tags);
        extra = Texts.withoutNulls(extra);
    }

    /** Trimmed and lower-cased; blank is no e-mail at all. */
    public static String normaliseEmail(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.trim().toLowerCase(Locale.ROOT);
    }

    /** The checks every channel shares, reported together on the given field names. */
    public static Validation check(Validation validation, String name, String normalisedEmail, List<String> tags,
                                   Map<String, String> extra) {
        validation.requireText(name, "name", MAX_NAME);
        validation.require(normalisedEmail == null || (normalisedEmail.length() <= 254
                && EMAIL.matcher(normalisedEmail).matches()), "email", "must be an e-mail address");
        if (tags != null) {
            validation.require(tags.size() <= MAX_TAGS, "tags", "must hold at most " + MAX_TAGS + " tags");
            for (int i = 0; i < tags.size(); i++) {
                String tag = tags.get(i);
                validation.require(tag != null && !tag.isBlank() && tag.length() <= MAX_TAG, "tags[" + i + "]",
                        "must be 1 to " + MAX_TAG + " characters");
            }
        }
        if (extra != null) {
            validation.require(extra.size() <= MAX_EXTRA, "extra", "must hold at most " + MAX_EXTRA + " entries");
        }
        return validation;
    }
}
