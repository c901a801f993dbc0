package in.mrmentor.persistence.mail;

import in.mrmentor.mail.TemplateOverride;
import in.mrmentor.mail.port.TemplateOverrides;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/** Admins' mail overrides in {@code email_template_overrides}, one row per overridden mail. */
public final class JdbiTemplateOverrides implements TemplateOverrides {
    private static final String COLUMNS = "name, subject, html_body, text_body, updated_by, updated_at";
    private static final RowMapper<TemplateOverride> ROW = (rs, ctx) -> new TemplateOverride(rs.getString("name"),
            rs.getString("subject"), rs.getString("html_body"), rs.getString("text_body"),
            rs.getObject("updated_by", UUID.class), Timestamps.instant(rs, "updated_at"));

    private final Jdbi jdbi;

    public JdbiTemplateOverrides(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<TemplateOverride> find(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM email_template_overrides WHERE name = :name")
                .bind("name", name).map(ROW).findOne());
    }

    @Override
    public void save(TemplateOverride o) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO email_template_overrides (" + COLUMNS + ") VALUES (:name, "
                        + ":subject, :html, :text, :by, :at) ON CONFLICT (name) DO UPDATE SET subject = EXCLUDED.subject, "
                        + "html_body = EXCLUDED.html_body, text_body = EXCLUDED.text_body, "
                        + "updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at")
                .bind("name", o.name()).bind("subject", o.subject()).bindByType("html", o.html(), String.class)
                .bind("text", o.text()).bindByType("by", o.updatedBy(), UUID.class).bind("at", utc(o.updatedAt()))
                .execute());
    }

    @Override
    public boolean delete(String name) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM email_template_overrides WHERE name = :name")
                .bind("name", name).execute()) == 1;
    }

    @Override
    public List<TemplateOverride> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM email_template_overrides ORDER BY name")
                .map(ROW).list());
    }
}
