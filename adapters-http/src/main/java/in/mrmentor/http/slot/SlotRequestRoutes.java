package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.OneOf;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.slot.AcceptSlotRequest;
import in.mrmentor.slot.DeclineSlotRequest;
import in.mrmentor.slot.ListSlotRequests;
import in.mrmentor.slot.RequestSlot;
import in.mrmentor.slot.SlotErrors;
import in.mrmentor.slot.SlotRequest;
import in.mrmentor.slot.SlotRequestStatus;
import in.mrmentor.token.TokenErrors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static in.mrmentor.http.slot.SlotCaller.userId;

/** A student asks a mentor for a meeting at a chosen time; the mentor accepts (a paid slot) or declines. */
public final class SlotRequestRoutes implements SlotRouteGroup {

    public record SlotRequestBody(@Required UUID mentorId, @Required Instant preferredStart, String message) {
    }

    public record SlotRequestJson(@Required UUID id, @Required UUID studentId, @Required UUID mentorId,
                                  @Required Instant preferredStart, String message,
                                  @Required @OneOf(SlotRequestStatus.class) String status, UUID slotId, Instant createdAt) {
        static SlotRequestJson of(SlotRequest r) {
            return new SlotRequestJson(r.id(), r.studentId(), r.mentorId(), r.preferredStart(), r.message(),
                    r.status().name(), r.slotId(), r.createdAt());
        }
    }

    private final RequestSlot requestSlot;
    private final ListSlotRequests listRequests;
    private final AcceptSlotRequest acceptRequest;
    private final DeclineSlotRequest declineRequest;
    private final Idempotent idempotent;

    public SlotRequestRoutes(RequestSlot requestSlot, ListSlotRequests listRequests, AcceptSlotRequest acceptRequest,
                             DeclineSlotRequest declineRequest, Idempotent idempotent) {
        this.requestSlot = requestSlot;
        this.listRequests = listRequests;
        this.acceptRequest = acceptRequest;
        this.declineRequest = declineRequest;
        this.idempotent = idempotent;
    }

    @Override
    public List<Route> routes() {
        Access expert = Access.roles(Role.EXPERT);
        return List.of(
                Route.post("/api/slot-requests", Access.roles(Role.USER), "Ask a mentor for a meeting at a chosen time",
                        ctx -> {
                            var command = Input.json(ctx, SlotRequestBody.class,
                                    body -> new RequestSlot.Command(body.mentorId(), body.preferredStart(), body.message()));
                            var request = requestSlot.request(userId(ctx), command);
                            ctx.status(201).json(SlotRequestJson.of(request));
                        }).withBody(SlotRequestBody.class).returns(201, SlotRequestJson.class)
                        .error(ErrorKind.NOT_FOUND, "MENTOR_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, SlotErrors.TOO_MANY_REQUESTS),
                Route.get("/api/mentor/slot-requests", expert, "Requests students sent the caller oldest first (?status&limit&cursor)", ctx -> {
                    var requests = listRequests.forMentor(userId(ctx),
                            Input.enumQuery(ctx, "status", SlotRequestStatus.class), Input.limit(ctx), Input.cursor(ctx));
                    ctx.json(ListPage.of(requests, SlotRequestJson::of));
                }).returns(Route.pageOf(SlotRequestJson.class))
                        .query("status", SlotRequestStatus.class, "only requests in this status").paged(),
                Route.post("/api/mentor/slot-requests/{id}/decline", expert, "Decline a student's request",
                        ctx -> ctx.json(SlotRequestJson.of(declineRequest.decline(userId(ctx),
                                Input.uuidPath(ctx, "id")))))
                        .returns(SlotRequestJson.class).error(ErrorKind.NOT_FOUND, "SLOT_REQUEST_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION),
                Route.post("/api/mentor/slot-requests/{id}/accept", expert,
                        "Accept a request: a confirmed slot, paid by the student (Idempotency-Key)",
                        idempotent.handler(ctx -> new Idempotent.Reply(200, SlotJson.of(
                                acceptRequest.accept(userId(ctx), Input.uuidPath(ctx, "id"))))))
                        .returns(SlotJson.class).idempotent().error(ErrorKind.NOT_FOUND, "SLOT_REQUEST_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, SlotErrors.SLOT_OVERLAP)
                        .error(ErrorKind.PAYMENT_REQUIRED, TokenErrors.INSUFFICIENT_TOKENS));
    }
}
