package in.mrmentor.tenant.port.memory;

import in.mrmentor.shared.Platform;
import in.mrmentor.tenant.Tenant;
import in.mrmentor.tenant.port.Tenants;

import java.util.List;

/** The registry as the migration seeds it. */
public final class InMemoryTenants implements Tenants {
    public static final List<Tenant> SEEDED = List.of(
            new Tenant(Platform.MR_MENTOR, "Mr. Mentor", "https://mrmentor.in", "noreply@mrmentor.in"),
            new Tenant(Platform.MY_ANALYTICS_SCHOOL, "My Analytics School", "https://myanalyticsschool.com",
                    "noreply@myanalyticsschool.com"));

    @Override
    public List<Tenant> all() {
        return SEEDED;
    }
}
