package in.mrmentor.tenant.port;

import in.mrmentor.shared.Platform;
import in.mrmentor.tenant.Tenant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Tenants} must do: hold the two seeded tenants of the seed's registry. */
public abstract class TenantsContract {

    protected abstract Tenants tenants();

    @Test
    void theTwoTenantsAreRegisteredWithTheirBranding() {
        assertThat(tenants().all()).extracting(Tenant::code)
                .containsExactly(Platform.MR_MENTOR, Platform.MY_ANALYTICS_SCHOOL);
        assertThat(tenants().all()).allSatisfy(tenant -> {
            assertThat(tenant.name()).isNotBlank();
            assertThat(tenant.frontendUrl()).startsWith("https://");
            assertThat(tenant.mailFrom()).contains("@");
        });
        assertThat(tenants().all().get(1).name()).isEqualTo("My Analytics School");
    }
}
