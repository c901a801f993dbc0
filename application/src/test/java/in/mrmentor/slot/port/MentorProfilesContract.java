package in.mrmentor.slot.port;

import in.mrmentor.shared.PageWalk;
import in.mrmentor.slot.ListMentors;
import java.util.ArrayList;
import in.mrmentor.shared.TextKey;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.slot.MentorProfile;
import in.mrmentor.slot.port.MentorProfiles.MentorCard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link MentorProfiles} must do. */
public abstract class MentorProfilesContract {
    protected MentorProfiles profiles;

    protected abstract MentorProfiles newProfiles();

    /** A user the store knows, with this name, role ({@code USER}, {@code EXPERT}, ...) and active flag. */
    protected abstract UUID aUser(String name, String role, boolean active);

    @BeforeEach
    void freshProfiles() {
        profiles = newProfiles();
    }

    private static MentorProfile profile(UUID mentor, long tokenCost, String... expertise) {
        return new MentorProfile(mentor, "Ten years of " + String.join(", ", expertise), List.of(expertise),
                tokenCost, 35_000);
    }

    @Test
    void aSavedProfileReadsBackEqualAndAnUnknownMentorHasNone() {
        var profile = profile(aUser("Meera Iyer", "EXPERT", true), 2, "Java", "System design");

        profiles.save(profile);

        assertThat(profiles.find(profile.mentorId())).contains(profile);
        assertThat(profiles.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void savingAgainReplacesTheProfile() {
        UUID mentor = aUser("Meera Iyer", "EXPERT", true);
        profiles.save(profile(mentor, 2, "Java"));
        var changed = new MentorProfile(mentor, "", List.of(), 5, 0);

        profiles.save(changed);

        assertThat(profiles.find(mentor)).contains(changed);
        assertThat(profiles.list(PageRequest.first(50))).extracting(MentorCard::tokenCost).containsExactly(5L);
    }

    @Test
    void theListHoldsActiveExpertsWithAProfileByName() {
        UUID zoya = aUser("Zoya Khan", "EXPERT", true);
        UUID arjun = aUser("Arjun Mehta", "EXPERT", true);
        UUID retired = aUser("Bela Das", "EXPERT", false);
        UUID student = aUser("Chetan Rao", "USER", true);
        aUser("Dev Without Profile", "EXPERT", true);
        profiles.save(profile(zoya, 3, "Go"));
        profiles.save(profile(arjun, 2, "Java", "SQL"));
        profiles.save(profile(retired, 1, "COBOL"));
        profiles.save(profile(student, 1, "Guitar"));

        assertThat(profiles.list(PageRequest.first(50))).containsExactly(
                new MentorCard(arjun, "Arjun Mehta", List.of("Java", "SQL"), 2),
                new MentorCard(zoya, "Zoya Khan", List.of("Go"), 3));
        // A port answers one card beyond the limit: that one tells the use case another page exists.
        assertThat(profiles.list(PageRequest.first(1))).extracting(MentorCard::id).containsExactly(arjun, zoya);
        assertThat(profiles.list(new PageRequest<>(new TextKey("Arjun Mehta", arjun), 1)))
                .extracting(MentorCard::id).containsExactly(zoya);
    }

    @Test
    void pagingThroughTheMentorsSeesEveryMentorOnceWhileMentorsAreAdded() {
        List<UUID> mentors = new ArrayList<>();
        for (String name : List.of("Asha", "Bala", "Chitra", "Dev", "Esha", "Asha")) {
            UUID mentor = aUser(name, "EXPERT", true);
            profiles.save(profile(mentor, 1, "Java"));
            mentors.add(mentor);
        }
        String[] names = {"Aaron", "Farah", "Zed", "Bala", "Mira", "Yash", "Kiran", "Om"};
        int[] added = {0};
        Runnable oneMore = () -> profiles.save(profile(aUser(names[added[0]++ % names.length], "EXPERT", true), 1, "Go"));

        var list = new ListMentors(profiles);
        assertThat(PageWalk.of(cursor -> list.list(2, cursor), oneMore).seenAs(MentorCard::id)).containsAll(mentors);
    }
}
