package in.mrmentor.http.tenant;

import in.mrmentor.http.Access;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.tenant.Tenant;
import in.mrmentor.tenant.TenantRegistry;

import java.util.List;

/** The tenant registry (seed {@code Platform}), public so a frontend can brand itself before sign-in. */
public final class PlatformRoutes implements RouteGroup {

    public record PlatformJson(String code, String name, String frontendUrl, String mailFrom) {
        static PlatformJson of(Tenant tenant) {
            return new PlatformJson(tenant.code().headerValue(), tenant.name(), tenant.frontendUrl(), tenant.mailFrom());
        }
    }

    private final TenantRegistry registry;

    public PlatformRoutes(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/api/platforms", Access.anyone(), "The tenants x-platform may name, with their branding",
                ctx -> ctx.json(registry.all().stream().map(PlatformJson::of).toList()))
                .returns(Route.listOf(PlatformJson.class)));
    }
}
