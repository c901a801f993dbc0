package in.mrmentor.persistence.tenant;

import in.mrmentor.shared.Platform;
import in.mrmentor.tenant.Tenant;
import in.mrmentor.tenant.port.Tenants;
import org.jdbi.v3.core.Jdbi;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@code platforms} table; a row whose code the platform does not know is left out. */
public final class JdbiTenants implements Tenants {
    private final Jdbi jdbi;

    public JdbiTenants(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Tenant> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name, frontend_url, mail_from FROM platforms")
                .map((rs, ctx) -> {
                    String name = rs.getString("name");
                    String frontendUrl = rs.getString("frontend_url");
                    String mailFrom = rs.getString("mail_from");
                    return Platform.fromHeader(rs.getString("code"))
                            .map(code -> new Tenant(code, name, frontendUrl, mailFrom));
                })
                .list().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(Tenant::code)).toList());
    }
}
