package in.mrmentor.http;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Routes that exist only to exercise the server's conventions from the outside. */
final class ProbeRoutes implements RouteGroup {

    record Echo(String name, int count, Instant at, List<String> tags, Long amount) {
        Echo {
            new Validation().requireText(name, "name", 50).orThrow();
        }
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/test/echo", Access.anyone(), "Echoes a validated body",
                        ctx -> ctx.json(Input.json(ctx, Echo.class))).withBody(Echo.class),
                Route.get("/test/boom", Access.anyone(), "Fails like a bug would",
                        ctx -> {
                            throw new IllegalStateException("secret-detail-xyz at jdbc:postgresql://db/prod");
                        }),
                Route.get("/test/refusal", Access.anyone(), "Refuses like the domain would",
                        ctx -> {
                            throw DomainException.conflict("SLOT_NOT_AVAILABLE", "That slot is taken.");
                        }),
                Route.get("/test/bodyless", Access.anyone(), "Sets an error status without a body",
                        ctx -> ctx.status(418)),
                Route.get("/test/slow", Access.anyone(), "Takes a while",
                        ctx -> {
                            Thread.sleep(700);
                            ctx.result("done");
                        }),
                Route.get("/test/whoami", Access.anyUser(), "The caller as the server sees it",
                        ctx -> {
                            Map<String, Object> me = new LinkedHashMap<>();
                            me.put("userId", Caller.principal(ctx).userId());
                            me.put("role", Caller.principal(ctx).role());
                            me.put("platform", Caller.platform(ctx).headerValue());
                            ctx.json(me);
                        }),
                Route.get("/test/items/{id}", Access.anyone(), "Reads an id from the path",
                        ctx -> ctx.json(Map.of("id", Input.uuidPath(ctx, "id")))),
                Route.get("/test/words/{word}", Access.anyone(), "Echoes a path parameter and ?q=",
                        ctx -> ctx.json(Map.of("word", ctx.pathParam("word"), "q", String.valueOf(ctx.queryParam("q"))))),
                Route.get("/test/since", Access.anyone(), "Reads ?from= as an instant",
                        ctx -> ctx.json(Map.of("from", String.valueOf(Input.instantQuery(ctx, "from"))))),
                Route.post("/test/poke", Access.anyone(), "A bodiless POST", ctx -> ctx.status(204)));
    }
}
