package in.mrmentor.tenant.port.memory;

import in.mrmentor.tenant.port.Tenants;
import in.mrmentor.tenant.port.TenantsContract;

class InMemoryTenantsTest extends TenantsContract {
    @Override
    protected Tenants tenants() {
        return new InMemoryTenants();
    }
}
