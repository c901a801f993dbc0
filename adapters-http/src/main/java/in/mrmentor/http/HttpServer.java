package in.mrmentor.http;

import in.mrmentor.http.auth.Authenticator;
import in.mrmentor.http.json.Json;
import in.mrmentor.http.problem.ProblemErrorHandler;
import in.mrmentor.shared.port.HealthCheck;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        all.add(new DocsRoutes());
        all.addAll(groups);
        List<DeclaredRoute> declared = declare(all);
        openApi.set(OpenApiDocument.describe(declared, OperationsRoutes.PLATFORM_NEUTRAL));

        CorsPolicy cors = new CorsPolicy(settings.corsAllowedOrigins());
        RequestFilters filters = new RequestFilters(settings.maxRequestBytes(), cors,
                new AccessGuard(authenticator, settings.metricsToken()), new HttpMetrics(registry));

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
                server.setRequestLog(filters::completed);
            });
            config.router.mount(router -> {
                router.before(filters::before);
                router.beforeMatched(filters::admit);
                router.after(filters::after);
                ProblemMapping.installOn(router);
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
        // Checked before Javalin starts: on a taken port Javalin logs its own ERROR and Jetty its stop,
        // where the operator should read one line (ours).
        if (BindFailure.portTaken(settings)) {
            throw BindFailure.explain(settings, new java.net.BindException("Address already in use"));
        }
        try {
            app.start();
        } catch (Exception e) {
            throw BindFailure.explain(settings, e);
        }
        LOG.info("HTTP server listening on {}:{} ({} routes)", settings.host(), app.port(), declared.size());
        return this;
    }

    public int port() {
        return app.port();
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
}
