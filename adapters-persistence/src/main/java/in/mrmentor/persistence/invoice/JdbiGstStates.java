package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.GstState;
import in.mrmentor.invoice.port.GstStates;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

public final class JdbiGstStates implements GstStates {
    private final Jdbi jdbi;

    public JdbiGstStates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<GstState> find(String code) {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name FROM superadmin.gst_state_codes WHERE code = :code")
                .bind("code", code).map((rs, ctx) -> new GstState(rs.getString("code"), rs.getString("name"))).findOne());
    }

    @Override
    public List<GstState> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name FROM superadmin.gst_state_codes ORDER BY code")
                .map((rs, ctx) -> new GstState(rs.getString("code"), rs.getString("name"))).list());
    }
}
