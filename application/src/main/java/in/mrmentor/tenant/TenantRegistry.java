package in.mrmentor.tenant;

import in.mrmentor.shared.Platform;
import in.mrmentor.tenant.port.Tenants;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The tenants, read once on first use (they change only by migration), so branding a mail costs no
 * query. A code the table lacks gets the fallback's details, so no mail goes out unbranded.
 */
public final class TenantRegistry {
    private final Tenants tenants;
    private final Function<Platform, Tenant> fallback;
    private volatile Map<Platform, Tenant> byCode;

    /** @param fallback the details of a code without a row */
    public TenantRegistry(Tenants tenants, Function<Platform, Tenant> fallback) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    public Tenant get(Platform platform) {
        return loaded().get(platform);
    }

    /** Every tenant, in the order of {@link Platform}. */
    public List<Tenant> all() {
        return List.copyOf(loaded().values());
    }

    private Map<Platform, Tenant> loaded() {
        Map<Platform, Tenant> known = byCode;
        if (known == null) {
            Map<Platform, Tenant> read = new EnumMap<>(Platform.class);
            tenants.all().forEach(tenant -> read.put(tenant.code(), tenant));
            for (Platform platform : Platform.values()) {
                read.computeIfAbsent(platform, fallback);
            }
            known = Collections.unmodifiableMap(read);
            byCode = known;
        }
        return known;
    }
}
