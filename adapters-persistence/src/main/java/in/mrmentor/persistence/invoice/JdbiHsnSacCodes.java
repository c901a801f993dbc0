package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.HsnSac;
import in.mrmentor.invoice.port.HsnSacCodes;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;

public final class JdbiHsnSacCodes implements HsnSacCodes {
    private static final RowMapper<HsnSac> ROW = (rs, ctx) ->
            new HsnSac(rs.getString("code"), rs.getString("description"), new GstRate(rs.getInt("rate_bp")));

    private final Jdbi jdbi;

    public JdbiHsnSacCodes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<HsnSac> find(String code) {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, description, rate_bp FROM superadmin.hsn_sac_master "
                + "WHERE code = :code").bind("code", code).map(ROW).findOne());
    }

    @Override
    public List<HsnSac> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, description, rate_bp FROM superadmin.hsn_sac_master "
                + "ORDER BY code").map(ROW).list());
    }

    @Override
    public boolean add(HsnSac entry) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO superadmin.hsn_sac_master (code, description, rate_bp) "
                        + "VALUES (:code, :description, :rate) ON CONFLICT (code) DO NOTHING")
                .bind("code", entry.code()).bind("description", entry.description())
                .bind("rate", entry.rate().basisPoints()).execute()) == 1;
    }
}
