package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.slot.ListMentorSlots;
import in.mrmentor.slot.OfferSlot;
import in.mrmentor.slot.RetractSlot;
import in.mrmentor.slot.SlotErrors;
import in.mrmentor.slot.SlotStatus;

import java.time.Instant;
import java.util.List;

import static in.mrmentor.http.slot.SlotCaller.actor;
import static in.mrmentor.http.slot.SlotCaller.userId;

/** A mentor's slots: offered, listed for students to pick from, and taken back while nobody booked them. */
public final class SlotRoutes implements SlotRouteGroup {

    public record SlotBody(@Required Instant startDateTime, Instant endDateTime) {
    }

    private final OfferSlot offerSlot;
    private final ListMentorSlots listSlots;
    private final RetractSlot retract;

    public SlotRoutes(OfferSlot offerSlot, ListMentorSlots listSlots, RetractSlot retract) {
        this.offerSlot = offerSlot;
        this.listSlots = listSlots;
        this.retract = retract;
    }

    @Override
    public List<Route> routes() {
        Access expert = Access.roles(Role.EXPERT);
        return List.of(
                Route.post("/api/mentor/slots", expert, "Offer a slot (default 30 minutes); 409 SLOT_OVERLAP", ctx -> {
                    var body = Input.json(ctx, SlotBody.class);
                    var slot = offerSlot.offer(userId(ctx), new OfferSlot.Command(body.startDateTime(), body.endDateTime()));
                    ctx.status(201).json(SlotJson.of(slot));
                }).withBody(SlotBody.class).returns(201, SlotJson.class).error(ErrorKind.CONFLICT, SlotErrors.SLOT_OVERLAP)
                        .error(ErrorKind.CONFLICT, "MENTOR_PROFILE_REQUIRED"),
                Route.delete("/api/mentor/slots/{id}", expert, "Take back an unbooked slot (a booked one needs a cancellation)",
                        ctx -> {
                            retract.retract(userId(ctx), Input.uuidPath(ctx, "id"));
                            ctx.status(204);
                        }).returnsNoContent().error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, SlotErrors.SLOT_NOT_AVAILABLE),
                Route.get("/api/mentors/{mentorId}/slots", Access.anyUser(), "A mentor's slots by start time (?from&to&status&limit&cursor)", ctx -> {
                    var slots = listSlots.list(actor(ctx), Input.uuidPath(ctx, "mentorId"), new ListMentorSlots.Query(
                            Input.instantQuery(ctx, "from"), Input.instantQuery(ctx, "to"),
                            Input.enumQuery(ctx, "status", SlotStatus.class), Input.limit(ctx), Input.cursor(ctx)));
                    ctx.json(ListPage.of(slots, SlotJson::of));
                }).returns(Route.pageOf(SlotJson.class))
                        .query("from", Instant.class, "slots starting at or after this instant")
                        .query("to", Instant.class, "slots starting before this instant")
                        .query("status", SlotStatus.class, "only slots in this status").paged());
    }
}
