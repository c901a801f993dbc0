package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.slot.BookSlot;
import in.mrmentor.slot.CancelSlot;
import in.mrmentor.slot.ListBookings;
import in.mrmentor.slot.RequestCancellation;
import in.mrmentor.slot.SlotErrors;
import in.mrmentor.token.TokenErrors;
import io.javalin.http.Context;

import java.util.List;

import static in.mrmentor.http.slot.SlotCaller.actor;
import static in.mrmentor.http.slot.SlotCaller.userId;

/** A student's bookings: booking with tokens, their list, and the cancellations that refund them. */
public final class BookingRoutes implements SlotRouteGroup {

    public record ReasonBody(@Required String reason) {
    }

    private final BookSlot book;
    private final ListBookings listBookings;
    private final RequestCancellation requestCancellation;
    private final CancelSlot cancel;
    private final Idempotent idempotent;

    public BookingRoutes(BookSlot book, ListBookings listBookings, RequestCancellation requestCancellation,
                         CancelSlot cancel, Idempotent idempotent) {
        this.book = book;
        this.listBookings = listBookings;
        this.requestCancellation = requestCancellation;
        this.cancel = cancel;
        this.idempotent = idempotent;
    }

    @Override
    public List<Route> routes() {
        Access student = Access.roles(Role.USER);
        return List.of(
                Route.post("/api/slots/{id}/book", student, "Book a slot with tokens, promotional first (Idempotency-Key)",
                        idempotent.handler(ctx -> new Idempotent.Reply(200, SlotJson.of(
                                book.book(userId(ctx), Input.uuidPath(ctx, "id"))))))
                        .returns(SlotJson.class).idempotent().error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.PAYMENT_REQUIRED, TokenErrors.INSUFFICIENT_TOKENS)
                        .error(ErrorKind.CONFLICT, SlotErrors.SLOT_NOT_AVAILABLE),
                Route.get("/api/slots/mine", student, "The caller's booked slots, by start time (?limit&cursor)", ctx -> {
                    var slots = listBookings.forStudent(userId(ctx), Input.limit(ctx), Input.cursor(ctx));
                    ctx.json(ListPage.of(slots, SlotJson::of));
                }).returns(Route.pageOf(SlotJson.class)).paged(),
                Route.post("/api/slots/{id}/cancellation-request", Access.anyUser(),
                        "The slot's student or mentor asks for cancellation", ctx -> {
                            var body = Input.json(ctx, ReasonBody.class);
                            ctx.json(SlotJson.of(requestCancellation.request(userId(ctx),
                                    Input.uuidPath(ctx, "id"), body.reason())));
                        }).withBody(ReasonBody.class).returns(SlotJson.class)
                        .error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.FORBIDDEN, SlotErrors.NOT_PARTICIPANT)
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION),
                Route.post("/api/admin/slots/{id}/cancel", Access.roles(Role.ADMIN),
                        "Cancel a slot; the student's tokens go back where they came from (Idempotency-Key)",
                        idempotent.handler(this::cancel)).withBody(ReasonBody.class).returns(SlotJson.class).idempotent()
                        .error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION),
                Route.post("/api/mentor/slots/{id}/cancel", Access.roles(Role.EXPERT),
                        "The mentor cancels their own slot, refunding the student (Idempotency-Key)",
                        idempotent.handler(this::cancel)).withBody(ReasonBody.class).returns(SlotJson.class).idempotent()
                        .error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.FORBIDDEN, SlotErrors.NOT_PARTICIPANT)
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION));
    }

    private Idempotent.Reply cancel(Context ctx) {
        var body = Input.json(ctx, ReasonBody.class);
        return new Idempotent.Reply(200, SlotJson.of(cancel.cancel(actor(ctx), Input.uuidPath(ctx, "id"), body.reason())));
    }
}
