package in.mrmentor.slot;

import in.mrmentor.slot.port.MentorProfiles;

import java.util.List;

/** Students browse the mentors who have a profile. */
public final class ListMentors {
    private final MentorProfiles profiles;

    public ListMentors(MentorProfiles profiles) {
        this.profiles = profiles;
    }

    public List<MentorProfiles.MentorCard> list(int limit) {
        return profiles.list(limit);
    }
}
