package in.mrmentor.slot;

import in.mrmentor.slot.port.MentorProfiles;

import java.util.UUID;

/** A mentor reads back their own profile as stored. */
public final class ShowMentorProfile {
    private final MentorProfiles profiles;

    public ShowMentorProfile(MentorProfiles profiles) {
        this.profiles = profiles;
    }

    /** @throws in.mrmentor.shared.DomainException 404 {@code MENTOR_NOT_FOUND} before the first profile is written */
    public MentorProfile show(UUID mentorId) {
        return profiles.find(mentorId).orElseThrow(SlotErrors::mentorNotFound);
    }
}
