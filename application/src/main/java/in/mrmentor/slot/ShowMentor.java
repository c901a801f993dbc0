package in.mrmentor.slot;

import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.MentorReputation;
import in.mrmentor.slot.port.Participants;
import in.mrmentor.slot.port.ProfileViews;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A user opens a mentor's page: the profile with the mentor's rating and completed meetings. The
 * view is recorded for the mentor's analytics (seed {@code ProfileView}), except the mentor's own.
 */
public final class ShowMentor {

    /** @param ratingAverage null while nobody rated the mentor */
    public record MentorPage(UUID id, String name, String bio, List<String> expertise, long tokenCost,
                             Double ratingAverage, long ratingCount, long completedMeetings) {
    }

    private final MentorProfiles profiles;
    private final Participants participants;
    private final MentorReputation reputation;
    private final ProfileViews views;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ShowMentor(MentorProfiles profiles, Participants participants, MentorReputation reputation,
                      ProfileViews views, Transactions transactions, Clock clock, Ids ids) {
        this.profiles = profiles;
        this.participants = participants;
        this.reputation = reputation;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** @throws in.mrmentor.shared.DomainException 404 {@code MENTOR_NOT_FOUND}, also for an inactive mentor */
    public MentorPage show(UUID viewerId, UUID mentorId) {
        return transactions.inTransaction(() -> {
            var person = participants.find(mentorId).filter(Participants.Person::active)
                    .orElseThrow(SlotErrors::mentorNotFound);
            var profile = profiles.find(mentorId).orElseThrow(SlotErrors::mentorNotFound);
            var rep = reputation.of(mentorId);
            if (!mentorId.equals(viewerId)) {
                views.record(ids.next(), mentorId, viewerId, clock.instant());
            }
            return new MentorPage(mentorId, person.name(), profile.bio(), profile.expertise(), profile.tokenCost(),
                    rep.ratingAverage(), rep.ratingCount(), rep.completedMeetings());
        });
    }
}
