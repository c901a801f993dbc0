package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.slot.ListAllSlots;
import in.mrmentor.slot.ListSlotRequests;
import in.mrmentor.slot.ShowMentor;
import in.mrmentor.slot.ShowMentorProfile;
import in.mrmentor.slot.ShowProfileViews;
import in.mrmentor.slot.SlotRequestStatus;
import in.mrmentor.slot.SlotStatus;
import in.mrmentor.slot.WithdrawSlotRequest;
import in.mrmentor.slot.port.ProfileViews;
import in.mrmentor.slot.port.Slots;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static in.mrmentor.http.slot.SlotCaller.userId;

/**
 * The reads the frontends were missing (API.md wave 2): a mentor's page (which counts as a profile
 * view), the mentor's own profile and view analytics, a student's own requests and their
 * withdrawal, and the admins' list of every slot.
 */
public final class MentorshipReadRoutes implements SlotRouteGroup {
    private static final String MENTOR_NOT_FOUND = "MENTOR_NOT_FOUND";

    public record DayJson(LocalDate date, long views) {
    }

    public record ProfileViewsJson(long total, long uniqueViewers, List<DayJson> byDay) {
        static ProfileViewsJson of(ProfileViews.Stats stats) {
            return new ProfileViewsJson(stats.total(), stats.uniqueViewers(),
                    stats.byDay().stream().map(d -> new DayJson(d.date(), d.views())).toList());
        }
    }

    public record MentorPageJson(UUID id, String name, String bio, List<String> expertise, long tokenCost,
                                 Double ratingAverage, long ratingCount, long completedMeetings) {
        static MentorPageJson of(ShowMentor.MentorPage p) {
            return new MentorPageJson(p.id(), p.name(), p.bio(), p.expertise(), p.tokenCost(), p.ratingAverage(),
                    p.ratingCount(), p.completedMeetings());
        }
    }

    private final ShowMentor showMentor;
    private final ShowMentorProfile showProfile;
    private final ShowProfileViews showViews;
    private final ListSlotRequests listRequests;
    private final WithdrawSlotRequest withdraw;
    private final ListAllSlots listAllSlots;

    public MentorshipReadRoutes(ShowMentor showMentor, ShowMentorProfile showProfile, ShowProfileViews showViews,
                                ListSlotRequests listRequests, WithdrawSlotRequest withdraw, ListAllSlots listAllSlots) {
        this.showMentor = showMentor;
        this.showProfile = showProfile;
        this.showViews = showViews;
        this.listRequests = listRequests;
        this.withdraw = withdraw;
        this.listAllSlots = listAllSlots;
    }

    @Override
    public List<Route> routes() {
        Access expert = Access.roles(Role.EXPERT);
        return List.of(
                Route.get("/api/mentors/{mentorId}", Access.anyUser(), "A mentor's page with rating; counts as a profile view",
                        ctx -> ctx.json(MentorPageJson.of(showMentor.show(userId(ctx), Input.uuidPath(ctx, "mentorId")))))
                        .returns(MentorPageJson.class).error(ErrorKind.NOT_FOUND, MENTOR_NOT_FOUND),
                Route.get("/api/mentor/profile", expert, "The caller's own mentor profile as stored",
                        ctx -> ctx.json(MentorRoutes.ProfileJson.of(showProfile.show(userId(ctx)))))
                        .returns(MentorRoutes.ProfileJson.class).error(ErrorKind.NOT_FOUND, MENTOR_NOT_FOUND),
                Route.get("/api/mentor/profile-views", expert, "Views of the caller's profile per business day (?from&to)",
                        ctx -> ctx.json(ProfileViewsJson.of(showViews.show(userId(ctx), Input.instantQuery(ctx, "from"),
                                Input.instantQuery(ctx, "to")))))
                        .query("from", java.time.Instant.class, "start of the range (default: 30 days before to)")
                        .query("to", java.time.Instant.class, "end of the range, exclusive (default: now)")
                        .returns(ProfileViewsJson.class),
                Route.get("/api/slot-requests/mine", Access.roles(Role.USER), "The caller's slot requests, oldest first",
                        ctx -> ctx.json(ListPage.of(listRequests.forStudent(userId(ctx),
                                Input.enumQuery(ctx, "status", SlotRequestStatus.class), Input.limit(ctx),
                                Input.cursor(ctx)), SlotRequestRoutes.SlotRequestJson::of)))
                        .query("status", SlotRequestStatus.class, "only requests of this status").paged()
                        .returns(Route.pageOf(SlotRequestRoutes.SlotRequestJson.class)),
                Route.delete("/api/slot-requests/{id}", Access.roles(Role.USER), "Withdraw one of the caller's open requests",
                        ctx -> {
                            withdraw.withdraw(userId(ctx), Input.uuidPath(ctx, "id"));
                            ctx.status(204);
                        }).returnsNoContent().error(ErrorKind.NOT_FOUND, "SLOT_REQUEST_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, "ALREADY_DECIDED"),
                Route.get("/api/admin/slots", Access.roles(Role.ADMIN), "Every slot by start time, filtered",
                        ctx -> ctx.json(ListPage.of(listAllSlots.list(new Slots.Filter(
                                Input.enumQuery(ctx, "status", SlotStatus.class), Input.uuidQuery(ctx, "mentorId"),
                                Input.uuidQuery(ctx, "studentId"), Input.instantQuery(ctx, "from"),
                                Input.instantQuery(ctx, "to")), Input.limit(ctx), Input.cursor(ctx)), SlotJson::of)))
                        .query("status", SlotStatus.class, "only slots of this status")
                        .query("mentorId", UUID.class, "only this mentor's slots")
                        .query("studentId", UUID.class, "only slots booked by this student")
                        .query("from", java.time.Instant.class, "slots starting at or after")
                        .query("to", java.time.Instant.class, "slots starting before")
                        .paged().returns(Route.pageOf(SlotJson.class)));
    }
}
