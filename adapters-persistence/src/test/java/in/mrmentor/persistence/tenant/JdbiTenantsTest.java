package in.mrmentor.persistence.tenant;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.tenant.port.Tenants;
import in.mrmentor.tenant.port.TenantsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiTenantsTest extends TenantsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Tenants tenants() {
        return new JdbiTenants(database.jdbi());
    }
}
