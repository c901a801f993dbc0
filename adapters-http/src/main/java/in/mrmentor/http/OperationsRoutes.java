package in.mrmentor.http;

import in.mrmentor.identity.Role;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** What operators and load balancers call: health, the API description and the Prometheus scrape. */
final class OperationsRoutes implements RouteGroup {
    static final String HEALTH = "/api/health";
    static final String OPENAPI = "/openapi.json";
    static final String METRICS = "/metrics";
    /** Called by probes and scrapers that know nothing of tenants, so {@code x-platform} is not checked here. */
    static final Set<String> PLATFORM_NEUTRAL = Set.of(HEALTH, OPENAPI, METRICS, DocsRoutes.PAGE, DocsRoutes.ASSET);

    /** The health answer, 200 when {@code status} is UP and 503 (this same body, not a problem) when DOWN. */
    public record HealthJson(@Required String status, @Required Map<String, String> checks) {
    }

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HealthProbe health;
    private final Supplier<Map<String, Object>> openApi;
    private final PrometheusMeterRegistry registry;

    OperationsRoutes(HealthProbe health, Supplier<Map<String, Object>> openApi, PrometheusMeterRegistry registry) {
        this.health = health;
        this.openApi = openApi;
        this.registry = registry;
    }

    @Override
    public String tag() {
        return "Operations";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(HEALTH, Access.anyone(), "Whether this instance and its dependencies answer", ctx -> {
                    HealthProbe.Report report = health.run();
                    // The documented body of a 503 here is the report itself, not a problem: probes read "checks".
                    ctx.status(report.up() ? 200 : 503).json(new HealthJson(report.status(), report.checks()));
                }).returns(HealthJson.class)
                        .alsoAnswers(503, HealthJson.class, "A dependency is DOWN: the same report, not a problem"),
                Route.get(OPENAPI, Access.anyone(), "This document (OpenAPI 3.0.3)", ctx -> ctx.json(openApi.get()))
                        .returns(Route.mapOf(Object.class)),
                Route.get(METRICS, Access.roles(Role.ADMIN), "Prometheus scrape (ADMIN or the metrics token)",
                        ctx -> ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape()))
                        .returnsBytes("text/plain"));
    }
}
