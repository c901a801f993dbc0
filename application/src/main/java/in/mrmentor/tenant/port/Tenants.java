package in.mrmentor.tenant.port;

import in.mrmentor.tenant.Tenant;

import java.util.List;

/** The tenant registry as stored (seeded by migration). */
public interface Tenants {

    /** Every tenant whose code the platform knows, by code. */
    List<Tenant> all();
}
