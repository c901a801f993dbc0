package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.Route;
import in.mrmentor.slot.ReceiveMeetingEvent;

import java.util.List;
import java.util.Map;

/** The meeting provider's webhook: public, but every event must carry the shared-secret signature. */
public final class MeetingEventRoutes implements SlotRouteGroup {
    public static final String SIGNATURE_HEADER = "X-Meeting-Signature";

    private final ReceiveMeetingEvent receive;

    public MeetingEventRoutes(ReceiveMeetingEvent receive) {
        this.receive = receive;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.post("/api/meetings/events", Access.anyone(),
                "Meeting-provider events, checked by X-Meeting-Signature; meeting_ended completes the slot", ctx -> {
                    var completed = receive.receive(Input.bodyBytes(ctx), ctx.header(SIGNATURE_HEADER));
                    ctx.json(completed.<Map<String, Object>>map(slot -> Map.of("slotId", slot.id(),
                            "status", slot.status().name())).orElse(Map.of("ignored", true)));
                }));
    }
}
