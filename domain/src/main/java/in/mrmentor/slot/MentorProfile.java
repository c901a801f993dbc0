package in.mrmentor.slot;

import in.mrmentor.shared.Validation;

import java.util.List;
import java.util.UUID;

/**
 * What a mentor (an EXPERT user) offers: a bio, areas of expertise, the tokens a student pays per
 * meeting, and the paise the mentor earns for each completed meeting.
 */
public record MentorProfile(UUID mentorId, String bio, List<String> expertise, long tokenCost,
                            long earningPerMeetingPaise) {
    public static final int MAX_BIO_LENGTH = 4000;
    public static final int MAX_EXPERTISE = 30;
    public static final int MAX_EXPERTISE_LENGTH = 100;
    public static final long MAX_TOKEN_COST = 1000;
    public static final long MAX_EARNING_PAISE = 100_000_000L;

    public MentorProfile {
        check(new Validation().require(mentorId != null, "mentorId", "is required"), bio, expertise,
                tokenCost, earningPerMeetingPaise).orThrow();
        List<String> cleaned = cleaned(expertise);
        expertise = List.copyOf(cleaned);
        bio = bio == null ? "" : bio.strip();
    }

    /**
     * The rules of what a mentor writes, for a command that checks them before the profile exists (so one
     * answer names every failing field); a null number is a missing one.
     */
    public static Validation check(Validation validation, String bio, List<String> expertise, Long tokenCost,
                                   Long earningPerMeetingPaise) {
        List<String> cleaned = cleaned(expertise);
        return validation
                .optionalText(bio, "bio", MAX_BIO_LENGTH)
                .require(cleaned != null, "expertise", "is required")
                .require(cleaned == null || cleaned.size() <= MAX_EXPERTISE, "expertise",
                        "holds at most " + MAX_EXPERTISE + " entries")
                .require(cleaned == null || cleaned.stream().allMatch(e -> !e.isEmpty()
                        && e.length() <= MAX_EXPERTISE_LENGTH), "expertise",
                        "entries must be non-blank and at most " + MAX_EXPERTISE_LENGTH + " characters")
                .require(tokenCost != null, "tokenCost", "is required")
                .require(tokenCost == null || tokenCost >= 0 && tokenCost <= MAX_TOKEN_COST, "tokenCost",
                        "must be between 0 (free meetings) and " + MAX_TOKEN_COST)
                .require(earningPerMeetingPaise != null, "earningPerMeetingPaise", "is required")
                .require(earningPerMeetingPaise == null || earningPerMeetingPaise >= 0
                                && earningPerMeetingPaise <= MAX_EARNING_PAISE,
                        "earningPerMeetingPaise", "must be between 0 and " + MAX_EARNING_PAISE);
    }

    private static List<String> cleaned(List<String> expertise) {
        return expertise == null ? null : expertise.stream().map(e -> e == null ? "" : e.strip()).toList();
    }
}
