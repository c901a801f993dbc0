package in.mrmentor.persistence.lead;

import in.mrmentor.lead.Campaign;
import in.mrmentor.lead.port.Campaigns;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiCampaigns implements Campaigns {
    private static final RowMapper<Campaign> ROW = (rs, ctx) -> new Campaign(rs.getString("slug"), rs.getString("name"),
            rs.getBoolean("is_active"), Timestamps.instant(rs, "created_at"));

    private final Jdbi jdbi;

    public JdbiCampaigns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(Campaign c) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO mas_crm.campaigns (slug, name, is_active, created_at) "
                        + "VALUES (:slug, :name, :active, :createdAt) ON CONFLICT DO NOTHING")
                .bind("slug", c.slug()).bind("name", c.name()).bind("active", c.active())
                .bind("createdAt", utc(c.createdAt())).execute()) == 1;
    }

    @Override
    public Optional<Campaign> find(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT slug, name, is_active, created_at FROM mas_crm.campaigns "
                        + "WHERE slug = :slug").bind("slug", slug).map(ROW).findOne());
    }

    @Override
    public List<Campaign> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT slug, name, is_active, created_at FROM mas_crm.campaigns ORDER BY slug")
                .map(ROW).list());
    }
}
