package in.mrmentor.persistence.pap;

import in.mrmentor.pap.AgreementTemplate;
import in.mrmentor.pap.port.AgreementTemplates;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiAgreementTemplates implements AgreementTemplates {
    private static final RowMapper<AgreementTemplate> ROW = (rs, ctx) -> new AgreementTemplate(rs.getInt("version"),
            rs.getString("body"), rs.getObject("created_by", UUID.class), Timestamps.instant(rs, "created_at"));

    private final Jdbi jdbi;

    public JdbiAgreementTemplates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<AgreementTemplate> latest() {
        return jdbi.withHandle(h -> h.createQuery("SELECT version, body, created_by, created_at "
                + "FROM mas101_pap_agreement_templates ORDER BY version DESC LIMIT 1").map(ROW).findOne());
    }

    @Override
    public Optional<AgreementTemplate> find(int version) {
        return jdbi.withHandle(h -> h.createQuery("SELECT version, body, created_by, created_at "
                + "FROM mas101_pap_agreement_templates WHERE version = :v").bind("v", version).map(ROW).findOne());
    }

    @Override
    public boolean add(AgreementTemplate t) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO mas101_pap_agreement_templates (version, body, created_by, "
                        + "created_at) VALUES (:v, :body, :by, :at) ON CONFLICT DO NOTHING")
                .bind("v", t.version()).bind("body", t.body()).bindByType("by", t.createdBy(), UUID.class)
                .bind("at", utc(t.createdAt())).execute()) == 1;
    }
}
