package in.mrmentor.slot;

import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TextKey;
import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.MentorProfiles.MentorCard;

/** Students browse the mentors who have a profile, by name, a page at a time. */
public final class ListMentors {
    private static final Keyset<MentorCard, TextKey> BY_NAME =
            Keyset.byText("mentors", card -> new TextKey(card.name(), card.id()));

    private final MentorProfiles profiles;

    public ListMentors(MentorProfiles profiles) {
        this.profiles = profiles;
    }

    /** @param cursor null for the first page */
    public Page<MentorCard> list(int limit, String cursor) {
        var request = BY_NAME.request(cursor, limit);
        return BY_NAME.page(profiles.list(request), request);
    }
}
