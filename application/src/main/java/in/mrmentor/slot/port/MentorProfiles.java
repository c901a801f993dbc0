package in.mrmentor.slot.port;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;
import in.mrmentor.slot.MentorProfile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mentor profiles, and the mentor list students browse. */
public interface MentorProfiles {

    /** A mentor as a student sees them in the list. */
    record MentorCard(UUID id, String name, List<String> expertise, long tokenCost) {
    }

    /** Creates or replaces the profile. */
    void save(MentorProfile profile);

    Optional<MentorProfile> find(UUID mentorId);

    /** Active EXPERT users with a profile, by name then id ({@link TextKey#ASCENDING} in memory). */
    List<MentorCard> list(PageRequest<TextKey> page);
}
