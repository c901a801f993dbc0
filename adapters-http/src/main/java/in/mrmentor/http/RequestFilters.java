package in.mrmentor.http;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Platform;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import in.mrmentor.identity.Principal;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

import java.util.Locale;
import java.util.Optional;

/**
 * What runs around every handler: request id, CORS and timing before it; tenant header, body limit
 * and the route's declared access once the endpoint is known; the per-route timing and the access log
 * once the response is written.
 */
final class RequestFilters {
    private static final String ROUTE = "mas.route";
    private static final String STARTED_NANOS = "mas.startedNanos";
    private static final String PLATFORM_HEADER = "x-platform";

    private final long serverMaxBodyBytes;
    private final CorsPolicy cors;
    private final AccessGuard guard;
    private final HttpMetrics metrics;
    private final AccessLog accessLog = new AccessLog();

    RequestFilters(long serverMaxBodyBytes, CorsPolicy cors, AccessGuard guard, HttpMetrics metrics) {
        this.serverMaxBodyBytes = serverMaxBodyBytes;
        this.cors = cors;
        this.guard = guard;
        this.metrics = metrics;
    }

    void before(Context ctx) {
        RequestIds.assign(ctx);
        ctx.attribute(STARTED_NANOS, System.nanoTime());
        ctx.attribute(Input.MAX_BODY_BYTES, serverMaxBodyBytes);
        cors.decorate(ctx);
    }

    /** Runs once the endpoint is known: tenant header, then the route's declared access. */
    void admit(Context ctx) {
        Optional<DeclaredRoute> matched = ctx.routeRoles().stream()
                .filter(DeclaredRoute.class::isInstance).map(DeclaredRoute.class::cast).findFirst();
        if (matched.isEmpty()) {
            refuseOversizedBody(ctx, serverMaxBodyBytes);
            return;
        }
        DeclaredRoute route = matched.get();
        ctx.attribute(ROUTE, route);
        long maxBody = route.route().maxBodyBytes() > 0 ? route.route().maxBodyBytes() : serverMaxBodyBytes;
        ctx.attribute(Input.MAX_BODY_BYTES, maxBody);
        refuseOversizedBody(ctx, maxBody);
        if (route.preflight()) {
            return;
        }
        if (!OperationsRoutes.PLATFORM_NEUTRAL.contains(route.route().path())) {
            Platform platform = platformOf(ctx);
            ctx.attribute(Caller.PLATFORM, platform);
            TenantOfRequest.bind(platform);
        }
        guard.check(ctx, route.route());
        Input.requirePlainParameters(ctx);
        Input.requireDeclaredQueries(ctx, route.route());
        Input.requireJsonContentType(ctx, route.route());
    }

    /** Runs after the handler: the request's MDC fields end with it. */
    void after(Context ctx) {
        RequestIds.release();
        TenantOfRequest.release();
    }

    /**
     * Jetty's request log, called once the response is complete, so the duration covers the write and
     * the byte count is what went out: the per-route timing, the problem counter and the access line.
     * What the filters learnt about the request is read back from its attributes.
     */
    void completed(Request request, Response response) {
        DeclaredRoute route = (DeclaredRoute) request.getAttribute(ROUTE);
        Long started = (Long) request.getAttribute(STARTED_NANOS);
        String template = route == null ? null : route.route().path();
        long nanos = started == null ? 0 : System.nanoTime() - started;
        int status = response.getCommittedMetaData() != null ? response.getCommittedMetaData().getStatus()
                : response.getStatus();
        metrics.record(request.getMethod(), template, status, nanos, (String) request.getAttribute(ProblemMapping.PROBLEM_CODE));
        Principal principal = (Principal) request.getAttribute(Caller.PRINCIPAL);
        long bytes = response.getHttpChannel() == null ? -1 : response.getHttpChannel().getBytesWritten();
        RequestIds.during((String) request.getAttribute(Caller.REQUEST_ID), principal,
                () -> accessLog.log(request.getMethod(), template, status, nanos, principal,
                        (Platform) request.getAttribute(Caller.PLATFORM), bytes));
    }

    private static Platform platformOf(Context ctx) {
        String header = ctx.header(PLATFORM_HEADER);
        if (header == null) {
            return Platform.defaultPlatform();
        }
        return Platform.fromHeader(header.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> new DomainException(
                ErrorKind.INVALID, "UNKNOWN_PLATFORM", "x-platform must be one of mr-mentor, my-analytics-school."));
    }

    private static void refuseOversizedBody(Context ctx, long max) {
        String declaredLength = ctx.header("Content-Length");
        if (declaredLength != null) {
            try {
                if (Long.parseLong(declaredLength.trim()) > max) {
                    throw new ContentTooLargeResponse();
                }
            } catch (NumberFormatException e) {
                // Jetty itself rejects a malformed Content-Length before we get here.
            }
        }
    }
}
