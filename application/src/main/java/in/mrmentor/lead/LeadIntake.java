package in.mrmentor.lead;

import in.mrmentor.lead.port.PhoneNumbers;
import in.mrmentor.shared.PlainText;
import in.mrmentor.shared.Validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every channel's raw lead fields, normalised the same way: the phone to E.164 (default region IN),
 * the e-mail trimmed and lower-cased. Every failing field is refused in one answer.
 */
public final class LeadIntake {
    public static final int MAX_SESSION_YEAR = 20;
    public static final int MAX_CAMPAIGN = 120;

    private final PhoneNumbers phones;

    public LeadIntake(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** The raw fields as a channel sends them. */
    public record Raw(String name, String phone, String email, String campaign, String sessionYear,
                      String interestLevel, List<String> tags, Map<String, String> extra) {
    }

    public LeadDraft draft(Raw raw) {
        Validation validation = new Validation();
        String name = raw.name() == null ? null : raw.name().trim();
        String email = LeadDraft.normaliseEmail(raw.email());
        LeadDraft.check(validation, name, email, raw.tags(), raw.extra());
        Optional<String> phone = Optional.empty();
        if (raw.phone() == null || raw.phone().isBlank()) {
            validation.require(false, "phone", "is required");
        } else {
            phone = raw.phone().length() > 40 ? Optional.empty() : phones.toE164(raw.phone());
            validation.require(phone.isPresent(), "phone", "must be a valid phone number");
        }
        InterestLevel interest = null;
        if (raw.interestLevel() != null && !raw.interestLevel().isBlank()) {
            try {
                interest = InterestLevel.valueOf(raw.interestLevel().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                validation.require(false, "interestLevel", "must be one of HOT, WARM, COLD, UNKNOWN");
            }
        }
        validation.optionalText(raw.campaign(), "campaign", MAX_CAMPAIGN)
                .optionalText(raw.sessionYear(), "sessionYear", MAX_SESSION_YEAR);
        validation.orThrow();
        List<String> tags = raw.tags() == null ? List.of()
                : raw.tags().stream().map(String::trim).distinct().toList();
        return new LeadDraft(name, phone.orElseThrow(), email, blankToNull(raw.campaign()), blankToNull(raw.sessionYear()),
                interest, tags, raw.extra());
    }

    /** For channels that read text outside JSON (CSV cells): refused like any other control character. */
    public static boolean isPlain(String text) {
        return text == null || PlainText.isPlain(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
