package in.mrmentor.http.slot;

import in.mrmentor.http.Caller;
import in.mrmentor.identity.Role;
import in.mrmentor.slot.Actor;
import io.javalin.http.Context;

import java.util.UUID;

/** The signed-in caller as the mentorship use cases take them: a user id, or an actor who may be an admin. */
final class SlotCaller {

    private SlotCaller() {
    }

    static UUID userId(Context ctx) {
        return Caller.principal(ctx).userId();
    }

    static Actor actor(Context ctx) {
        var principal = Caller.principal(ctx);
        return new Actor(principal.userId(), principal.role().satisfies(Role.ADMIN));
    }
}
