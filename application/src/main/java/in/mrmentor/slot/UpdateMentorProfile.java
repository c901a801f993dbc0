package in.mrmentor.slot;

import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MentorProfiles;

import java.util.List;
import java.util.UUID;

/** A mentor writes their profile: bio, expertise, token cost and earning per meeting. */
public final class UpdateMentorProfile {

    public record Command(String bio, List<String> expertise, long tokenCost, long earningPerMeetingPaise) {
        public Command {
            MentorProfile.check(new Validation(), bio, expertise, tokenCost, earningPerMeetingPaise).orThrow();
        }
    }

    private final MentorProfiles profiles;
    private final Transactions transactions;

    public UpdateMentorProfile(MentorProfiles profiles, Transactions transactions) {
        this.profiles = profiles;
        this.transactions = transactions;
    }

    public MentorProfile update(UUID mentorId, Command command) {
        var profile = new MentorProfile(mentorId, command.bio(), command.expertise(), command.tokenCost(),
                command.earningPerMeetingPaise());
        transactions.run(() -> profiles.save(profile));
        return profile;
    }
}
