package in.mrmentor.http;

import in.mrmentor.shared.Platform;
import in.mrmentor.tenant.CurrentTenant;

/**
 * The tenant of the request the current thread serves, bound once {@code x-platform} is read and
 * released when the request ends (like the request id of the logs), so the mail a use case writes
 * carries its tenant's branding without every use case taking the tenant as a parameter. Outside a
 * request (jobs, the command line) it is the default tenant.
 */
public final class TenantOfRequest implements CurrentTenant {
    private static final ThreadLocal<Platform> BOUND = new ThreadLocal<>();

    static void bind(Platform platform) {
        BOUND.set(platform);
    }

    static void release() {
        BOUND.remove();
    }

    @Override
    public Platform current() {
        Platform platform = BOUND.get();
        return platform == null ? Platform.defaultPlatform() : platform;
    }
}
