package in.mrmentor.bootstrap.tenant;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.tenant.PlatformRoutes;

import java.util.List;

/**
 * The tenant registry behind {@code x-platform}. The registry itself stands on the {@link Platform},
 * because the mailer brands every mail with it; this module serves it.
 */
public final class TenantModule implements ContextModule {
    private final Platform platform;

    public TenantModule(Platform platform) {
        this.platform = platform;
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(new PlatformRoutes(platform.tenants()));
    }
}
