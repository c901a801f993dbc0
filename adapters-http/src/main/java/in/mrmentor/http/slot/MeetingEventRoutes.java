package in.mrmentor.http.slot;

import com.fasterxml.jackson.annotation.JsonInclude;
import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.OneOf;
import in.mrmentor.http.Route;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.slot.ReceiveMeetingEvent;
import in.mrmentor.slot.SlotErrors;
import in.mrmentor.slot.SlotStatus;

import java.util.List;
import java.util.UUID;

/** The meeting provider's webhook: public, but every event must carry the shared-secret signature. */
public final class MeetingEventRoutes implements SlotRouteGroup {
    public static final String SIGNATURE_HEADER = "X-Meeting-Signature";

    /** {@code {slotId, status}} when the event completed a slot, {@code {ignored: true}} when it changed nothing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeetingEventJson(UUID slotId, @OneOf(SlotStatus.class) String status, Boolean ignored) {
    }

    private final ReceiveMeetingEvent receive;

    public MeetingEventRoutes(ReceiveMeetingEvent receive) {
        this.receive = receive;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.post("/api/meetings/events", Access.anyone(),
                "Meeting-provider events, checked by X-Meeting-Signature; meeting_ended completes the slot", ctx -> {
                    var completed = receive.receive(Input.bodyBytes(ctx), ctx.header(SIGNATURE_HEADER));
                    ctx.json(completed.map(slot -> new MeetingEventJson(slot.id(), slot.status().name(), null))
                            .orElse(new MeetingEventJson(null, null, true)));
                }).withRawBody("application/json").returns(MeetingEventJson.class)
                .error(ErrorKind.INVALID, "INVALID_SIGNATURE").error(ErrorKind.UNAVAILABLE, "INTEGRATION_NOT_CONFIGURED")
                .error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND").error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION));
    }
}
