package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;
import in.mrmentor.slot.ListMentors;
import in.mrmentor.slot.MentorProfile;
import in.mrmentor.slot.UpdateMentorProfile;

import java.util.List;
import java.util.UUID;

import static in.mrmentor.http.slot.SlotCaller.userId;

/** Mentors and their profiles: who can be booked, and what a mentor tells students about themselves. */
public final class MentorRoutes implements SlotRouteGroup {

    public record ProfileBody(String bio, @Required List<String> expertise, @Required Long tokenCost,
                              @Required Long earningPerMeetingPaise) {
        /** Every missing or refused field in one answer, as API.md "Errors" asks. */
        UpdateMentorProfile.Command toCommand() {
            MentorProfile.check(new Validation(), bio, expertise, tokenCost, earningPerMeetingPaise).orThrow();
            return new UpdateMentorProfile.Command(bio, expertise, tokenCost, earningPerMeetingPaise);
        }
    }

    public record MentorJson(@Required UUID id, @Required String name, List<String> expertise, long tokenCost) {
    }

    public record ProfileJson(@Required UUID mentorId, String bio, List<String> expertise, long tokenCost,
                              long earningPerMeetingPaise) {
        static ProfileJson of(MentorProfile p) {
            return new ProfileJson(p.mentorId(), p.bio(), p.expertise(), p.tokenCost(), p.earningPerMeetingPaise());
        }
    }

    private final ListMentors listMentors;
    private final UpdateMentorProfile updateProfile;

    public MentorRoutes(ListMentors listMentors, UpdateMentorProfile updateProfile) {
        this.listMentors = listMentors;
        this.updateProfile = updateProfile;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/mentors", Access.anyUser(), "Mentors with a profile, by name (?limit&cursor)", ctx -> {
                    var mentors = listMentors.list(Input.limit(ctx), Input.cursor(ctx));
                    ctx.json(ListPage.of(mentors, m -> new MentorJson(m.id(), m.name(), m.expertise(), m.tokenCost())));
                }).returns(Route.pageOf(MentorJson.class)).paged(),
                Route.put("/api/mentor/profile", Access.roles(Role.EXPERT), "Write the caller's mentor profile", ctx -> {
                    var profile = updateProfile.update(userId(ctx), Input.json(ctx, ProfileBody.class, ProfileBody::toCommand));
                    ctx.json(ProfileJson.of(profile));
                }).withBody(ProfileBody.class).returns(ProfileJson.class));
    }
}
