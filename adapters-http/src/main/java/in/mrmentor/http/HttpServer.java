package in.mrmentor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import in.mrmentor.http.auth.Authenticator;
import in.mrmentor.http.json.Json;
import in.mrmentor.http.problem.Problem;
import in.mrmentor.http.problem.ProblemErrorHandler;
import in.mrmentor.http.problem.ProblemResponses;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.RetryAfter;
import in.mrmentor.shared.port.HealthCheck;
import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Javalin server with the API's conventions installed once for every route: request ids,
 * tenant header, CORS, access control from the {@link Route} declarations, problem+json for every
 * failure, per-route timings, health, OpenAPI and metrics.
 */
public final class HttpServer {
    static final Duration HEALTH_CHECK_TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final String ROUTE = "mas.route";
    private static final String STARTED_NANOS = "mas.startedNanos";
    private static final String PLATFORM_HEADER = "x-platform";

    private final Javalin app;
    private final HttpSettings settings;
    private final HealthProbe health;
    private final List<DeclaredRoute> declared;

    private HttpServer(Javalin app, HttpSettings settings, HealthProbe health, List<DeclaredRoute> declared) {
        this.app = app;
        this.settings = settings;
        this.health = health;
        this.declared = declared;
    }

    public static HttpServer create(HttpSettings settings, Authenticator authenticator, PrometheusMeterRegistry registry,
                                    List<HealthCheck> healthChecks, List<RouteGroup> groups) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(registry, "registry");
        HealthProbe health = new HealthProbe(healthChecks, HEALTH_CHECK_TIMEOUT);
        AtomicReference<Map<String, Object>> openApi = new AtomicReference<>();
        List<RouteGroup> all = new ArrayList<>();
        all.add(new OperationsRoutes(health, openApi::get, registry));
        all.addAll(groups);
        List<DeclaredRoute> declared = declare(all);
        openApi.set(OpenApiDocument.describe(declared, OperationsRoutes.PLATFORM_NEUTRAL));

        CorsPolicy cors = new CorsPolicy(settings.corsAllowedOrigins());
        AccessGuard guard = new AccessGuard(authenticator, settings.metricsToken());
        HttpMetrics metrics = new HttpMetrics(registry);

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.http.defaultContentType = "application/json";
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.jetty.defaultHost = settings.host();
            config.jetty.defaultPort = settings.port();
            config.jetty.modifyServer(server -> {
                // StatisticsHandler is what makes Jetty's stop wait for in-flight requests (up to the stop timeout).
                StatisticsHandler inFlight = new StatisticsHandler();
                inFlight.setGracefulShutdownWaitsForRequests(true);
                server.setHandler(inFlight);
                server.setStopTimeout(settings.shutdownTimeout().toMillis());
                server.setStopAtShutdown(false);
                server.setErrorHandler(new ProblemErrorHandler());
            });
            config.router.mount(router -> {
                router.before(ctx -> {
                    RequestIds.assign(ctx);
                    ctx.attribute(STARTED_NANOS, System.nanoTime());
                    ctx.attribute(Input.MAX_BODY_BYTES, settings.maxRequestBytes());
                    cors.decorate(ctx);
                });
                router.beforeMatched(ctx -> admit(ctx, guard, settings.maxRequestBytes()));
                router.after(ctx -> {
                    try {
                        DeclaredRoute route = ctx.attribute(ROUTE);
                        Long started = ctx.attribute(STARTED_NANOS);
                        metrics.record(ctx.method().name(), route == null ? null : route.route().path(),
                                ctx.statusCode(), started == null ? 0 : System.nanoTime() - started);
                    } finally {
                        RequestIds.release();
                    }
                });
                router.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, ProblemResponses.from(e, Caller.requestId(ctx))));
                router.exception(Exception.class, (e, ctx) -> {
                    if (e instanceof RetryAfter later) {
                        ctx.header("Retry-After", String.valueOf(later.retryAfterSeconds()));
                    }
                    respond(ctx, ProblemResponses.from(e, Caller.requestId(ctx)));
                });
                for (int status = 400; status < 600; status++) {
                    router.error(status, "*", HttpServer::problemIfBodyless);
                }
                Set<String> preflightPaths = new HashSet<>();
                for (DeclaredRoute route : declared) {
                    Route r = route.route();
                    router.addHttpHandler(HandlerType.valueOf(r.method().name()), r.path(), r.handler(), route);
                    if (r.method() == Route.Method.GET) {
                        // Declared explicitly so HEAD passes the same access check as GET (Javalin's implicit
                        // HEAD answered 200 without it).
                        router.addHttpHandler(HandlerType.HEAD, r.path(), r.handler(), route);
                    }
                    if (preflightPaths.add(r.path())) {
                        router.addHttpHandler(HandlerType.OPTIONS, r.path(), cors::preflight,
                                new DeclaredRoute(r, route.tag(), true));
                    }
                }
            });
        });
        return new HttpServer(app, settings, health, declared);
    }

    /** Binds and starts serving; with port 0 read the chosen port from {@link #port()}. */
    public HttpServer start() {
        try {
            app.start();
        } catch (Exception e) {
            // Javalin rethrows Jetty's failure, sometimes as the checked exception of its own clean-up.
            String reason = isBindFailure(e) || portTaken(settings) ? "the address is already in use"
                    : "the server failed to start; see the log above";
            throw new IllegalStateException("Cannot listen on " + settings.host() + ":" + settings.port() + " (" + reason
                    + "). Stop whatever uses it, or set PORT to a free port.", e);
        }
        LOG.info("HTTP server listening on {}:{} ({} routes)", settings.host(), app.port(), declared.size());
        return this;
    }

    public int port() {
        return app.port();
    }

    private static boolean portTaken(HttpSettings settings) {
        if (settings.port() == 0) {
            return false;
        }
        try (var probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(settings.host(), settings.port()));
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static boolean isBindFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isBindFailure(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Stops accepting requests and lets in-flight ones finish, waiting at most the configured shutdown timeout. */
    public void stop() {
        try {
            app.stop();
        } catch (RuntimeException e) {
            // Jetty gave up waiting for in-flight requests: they are cut, the server is stopped all the same.
            LOG.warn("Requests still running after the {} s shutdown timeout were cut off ({})",
                    settings.shutdownTimeout().toSeconds(), e.toString());
        } finally {
            health.close();
        }
    }

    /** Every route this server serves, its own operational routes included. */
    public List<Route> routes() {
        return declared.stream().map(DeclaredRoute::route).toList();
    }

    private static List<DeclaredRoute> declare(List<RouteGroup> groups) {
        List<DeclaredRoute> declared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RouteGroup group : groups) {
            for (Route route : group.routes()) {
                if (!seen.add(route.method() + " " + route.path())) {
                    throw new IllegalArgumentException("route declared twice: " + route);
                }
                declared.add(new DeclaredRoute(route, group.tag(), false));
            }
        }
        return List.copyOf(declared);
    }

    /** Runs once the endpoint is known: tenant header, then the route's declared access. */
    private static void admit(Context ctx, AccessGuard guard, long serverMaxBodyBytes) {
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
            ctx.attribute(Caller.PLATFORM, platformOf(ctx));
        }
        guard.check(ctx, route.route());
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

    /** Status set by a handler or the framework without a body still answers with a problem. */
    private static void problemIfBodyless(Context ctx) {
        if (ctx.resultInputStream() == null) {
            respond(ctx, ProblemResponses.fromFramework(ctx.statusCode(), Caller.requestId(ctx)));
        }
    }

    static void respond(Context ctx, Problem problem) {
        String body;
        try {
            body = Json.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body could not be written", e);
        }
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(body);
    }
}
