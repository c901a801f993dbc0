package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.OneOf;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.slot.CompleteSlot;
import in.mrmentor.slot.GiveFeedback;
import in.mrmentor.slot.JoinMeeting;
import in.mrmentor.slot.LeaveMeeting;
import in.mrmentor.slot.MeetingAction;
import in.mrmentor.slot.RedeemMeetingAction;
import in.mrmentor.slot.SlotErrors;
import in.mrmentor.slot.SlotFeedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.http.slot.SlotCaller.actor;
import static in.mrmentor.http.slot.SlotCaller.userId;

/** The meeting of a booked slot: joining and leaving it, completing it, the student's feedback, mailed actions. */
public final class MeetingRoutes implements SlotRouteGroup {

    public record FeedbackBody(@Required Integer rating, @Required String experience, String comment) {
    }

    /** Optional: only an administrator completing a meeting before its start needs to say why. */
    public record CompleteBody(String reason) {
    }

    public record FeedbackJson(@Required UUID id, @Required UUID slotId, int rating, String experience, String comment,
                               Instant createdAt) {
        static FeedbackJson of(SlotFeedback f) {
            return new FeedbackJson(f.id(), f.slotId(), f.rating(), f.experience(), f.comment(), f.createdAt());
        }
    }

    /** What leaving logs. */
    public record LeaveJson(@Required UUID slotId, @Required @OneOf(MeetingAction.class) String action, @Required Instant at) {
    }

    private final JoinMeeting join;
    private final LeaveMeeting leave;
    private final CompleteSlot complete;
    private final GiveFeedback feedback;
    private final RedeemMeetingAction redeemAction;
    private final Idempotent idempotent;

    public MeetingRoutes(JoinMeeting join, LeaveMeeting leave, CompleteSlot complete, GiveFeedback feedback,
                         RedeemMeetingAction redeemAction, Idempotent idempotent) {
        this.join = join;
        this.leave = leave;
        this.complete = complete;
        this.feedback = feedback;
        this.redeemAction = redeemAction;
        this.idempotent = idempotent;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/slots/{id}/join", Access.anyUser(), "Join the meeting inside its window",
                        ctx -> ctx.json(join.join(userId(ctx), Input.uuidPath(ctx, "id"))))
                        .returns(JoinMeeting.Joined.class).error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.FORBIDDEN, SlotErrors.NOT_PARTICIPANT)
                        .error(ErrorKind.CONFLICT, SlotErrors.JOIN_WINDOW_CLOSED),
                Route.post("/api/slots/{id}/leave", Access.anyUser(), "Leave the meeting (logged)", ctx -> {
                    var log = leave.leave(userId(ctx), Input.uuidPath(ctx, "id"));
                    ctx.json(new LeaveJson(log.slotId(), log.action().name(), log.at()));
                }).returns(LeaveJson.class).error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.FORBIDDEN, SlotErrors.NOT_PARTICIPANT),
                Route.post("/api/slots/{id}/complete", Access.roles(Role.EXPERT, Role.ADMIN),
                        "Complete a meeting from its start on (an admin earlier with {\"reason\"}); credits the "
                                + "mentor once (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            var body = Input.optionalJson(ctx, CompleteBody.class, new CompleteBody(null));
                            return new Idempotent.Reply(200, SlotJson.of(complete.complete(actor(ctx),
                                    Input.uuidPath(ctx, "id"), Optional.ofNullable(body.reason()))));
                        })).withOptionalBody(CompleteBody.class).returns(SlotJson.class).idempotent()
                        .error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.FORBIDDEN, SlotErrors.NOT_PARTICIPANT)
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, SlotErrors.MEETING_NOT_STARTED),
                Route.post("/api/slots/{id}/feedback", Access.roles(Role.USER), "Rate a completed meeting, once", ctx -> {
                    var command = Input.json(ctx, FeedbackBody.class,
                            body -> new GiveFeedback.Command(body.rating(), body.experience(), body.comment()));
                    var given = feedback.give(userId(ctx), Input.uuidPath(ctx, "id"), command);
                    ctx.status(201).json(FeedbackJson.of(given));
                }).withBody(FeedbackBody.class).returns(201, FeedbackJson.class)
                        .error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.FORBIDDEN, SlotErrors.NOT_PARTICIPANT)
                        .error(ErrorKind.CONFLICT, SlotErrors.FEEDBACK_EXISTS)
                        .error(ErrorKind.CONFLICT, SlotErrors.SLOT_NOT_COMPLETED),
                Route.post("/api/meeting-actions/{token}", Access.anyone(),
                        "Follow a one-time link from a meeting mail (the link is the credential)",
                        ctx -> ctx.json(SlotJson.of(redeemAction.redeem(ctx.pathParam("token")))))
                        .returns(SlotJson.class).error(ErrorKind.NOT_FOUND, "ACTION_LINK_INVALID")
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION));
    }
}
