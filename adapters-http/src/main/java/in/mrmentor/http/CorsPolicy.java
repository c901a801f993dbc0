package in.mrmentor.http;

import in.mrmentor.shared.DomainException;
import io.javalin.http.Context;

import java.util.List;
import java.util.Set;

/**
 * Cross-origin access for the browser frontends: exact origins only ({@code *} works only when listed;
 * bootstrap refuses it in production). Javalin's CORS plugin echoes whatever headers a browser asks
 * for and answers a refused origin with a bare 400, so this small policy does it our way.
 */
final class CorsPolicy {
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, X-Request-Id, x-platform";
    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;
    private final boolean anyOrigin;

    CorsPolicy(List<String> allowedOrigins) {
        this.origins = Set.copyOf(allowedOrigins);
        this.anyOrigin = origins.contains("*");
    }

    /** Marks a response readable by the calling page when its origin is allowed; others simply get no grant. */
    void decorate(Context ctx) {
        String origin = ctx.header("Origin");
        ctx.header("Vary", "Origin");
        if (origin != null && allows(origin)) {
            ctx.header("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
            ctx.header("Access-Control-Expose-Headers", RequestIds.HEADER);
        }
    }

    /** Answers a browser's preflight for a declared path; a refused origin is a 403 problem. */
    void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !allows(origin)) {
            throw DomainException.forbidden("CORS_ORIGIN_NOT_ALLOWED", "This origin may not call the API from a browser.");
        }
        ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
        ctx.status(204);
    }

    private boolean allows(String origin) {
        return anyOrigin || origins.contains(origin);
    }
}
