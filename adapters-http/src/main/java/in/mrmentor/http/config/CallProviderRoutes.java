package in.mrmentor.http.config;

import in.mrmentor.config.ListEnabledCallProviders;
import in.mrmentor.config.RefreshMrHireCallProviders;
import in.mrmentor.http.Access;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;

import java.util.List;
import java.util.UUID;

/**
 * The seed's two remaining system-config routes: which call providers are enabled (public; Mr. Hire
 * reads it), and telling Mr. Hire to refresh them (a retried background job). Registered before
 * {@link SystemConfigRoutes}, so the literal {@code enabled-call-providers} wins over {@code {key}}.
 */
public final class CallProviderRoutes implements RouteGroup {

    public record ProvidersJson(List<String> providers) {
    }

    public record JobJson(UUID jobId) {
    }

    private final ListEnabledCallProviders providers;
    private final RefreshMrHireCallProviders refresh;

    public CallProviderRoutes(ListEnabledCallProviders providers, RefreshMrHireCallProviders refresh) {
        this.providers = providers;
        this.refresh = refresh;
    }

    @Override
    public String tag() {
        return "Runtime configuration";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/system-config/enabled-call-providers", Access.anyone(),
                                "Names X of the active rows call_provider_X_enabled set to \"true\"",
                                ctx -> ctx.json(new ProvidersJson(providers.list())))
                        .returns(ProvidersJson.class),
                Route.post("/api/admin/system-config/refresh-mr-hire", Access.roles(Role.ADMIN),
                                "Tell the Mr. Hire backend the enabled call providers (a retried background job)",
                                ctx -> ctx.status(202).json(new JobJson(refresh.request())))
                        .returns(202, JobJson.class)
                        .error(ErrorKind.UNAVAILABLE, RefreshMrHireCallProviders.INTEGRATION_NOT_CONFIGURED));
    }
}
