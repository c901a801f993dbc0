package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.slot.ListMentorSlots;
import in.mrmentor.slot.OfferSlot;
import in.mrmentor.slot.RetractSlot;
import in.mrmentor.slot.SlotStatus;

import java.time.Instant;
import java.util.List;

import static in.mrmentor.http.slot.SlotCaller.actor;
import static in.mrmentor.http.slot.SlotCaller.userId;

/** A mentor's slots: offered, listed for students to pick from, and taken back while nobody booked them. */
public final class SlotRoutes implements SlotRouteGroup {

    public record SlotBody(Instant startDateTime, Instant endDateTime) {
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
                }).withBody(SlotBody.class),
                Route.delete("/api/mentor/slots/{id}", expert, "Take back an unbooked slot (a booked one needs a cancellation)",
                        ctx -> {
                            retract.retract(userId(ctx), Input.uuidPath(ctx, "id"));
                            ctx.status(204);
                        }),
                Route.get("/api/mentors/{mentorId}/slots", Access.anyUser(), "A mentor's slots by start time (?from&to&status&limit&cursor)", ctx -> {
                    var slots = listSlots.list(actor(ctx), Input.uuidPath(ctx, "mentorId"), new ListMentorSlots.Query(
                            Input.instantQuery(ctx, "from"), Input.instantQuery(ctx, "to"),
                            Input.enumQuery(ctx, "status", SlotStatus.class), Input.limit(ctx), Input.cursor(ctx)));
                    ctx.json(ListPage.of(slots, SlotJson::of));
                }));
    }
}
