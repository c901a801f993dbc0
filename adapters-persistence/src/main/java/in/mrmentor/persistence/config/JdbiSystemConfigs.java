package in.mrmentor.persistence.config;

import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;
import in.mrmentor.config.SystemConfig;
import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.DomainException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiSystemConfigs implements SystemConfigs {
    private static final String COLUMNS =
            "id, key, value, label, description, is_secret, is_active, created_at, updated_at";
    private static final RowMapper<SystemConfig> ROW = (rs, ctx) -> new SystemConfig(
            rs.getObject("id", UUID.class),
            rs.getString("key"),
            rs.getString("value"),
            rs.getString("label"),
            rs.getString("description"),
            rs.getBoolean("is_secret"),
            rs.getBoolean("is_active"),
            Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "updated_at"));

    private final Jdbi jdbi;

    public JdbiSystemConfigs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<SystemConfig> findByKey(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM system_configs WHERE key = :key")
                .bind("key", key).map(ROW).findOne());
    }

    @Override
    public Optional<SystemConfig> findById(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM system_configs WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public List<SystemConfig> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM system_configs ORDER BY key")
                .map(ROW).list());
    }

    @Override
    public List<SystemConfig> page(PageRequest<TextKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindText(h.createQuery("SELECT " + COLUMNS + " FROM system_configs "
                        + "WHERE " + KeysetPages.afterText("key", "id") + " ORDER BY key, id LIMIT :fetch"), page)
                .map(ROW).list());
    }

    @Override
    public void add(SystemConfig config) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO system_configs (" + COLUMNS + ") VALUES "
                            + "(:id, :key, :value, :label, :description, :secret, :active, :createdAt, :updatedAt)")
                    .bind("id", config.id())
                    .bind("key", config.key())
                    .bind("value", config.storedValue())
                    .bind("label", config.label())
                    .bind("description", config.description())
                    .bind("secret", config.secret())
                    .bind("active", config.active())
                    .bind("createdAt", utc(config.createdAt()))
                    .bind("updatedAt", utc(config.updatedAt()))
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                throw DomainException.conflict("CONFIG_KEY_TAKEN", "A configuration row with that key already exists.");
            }
            throw e;
        }
    }

    @Override
    public boolean replace(SystemConfig config) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE system_configs SET value = :value, label = :label, "
                        + "description = :description, is_secret = :secret, is_active = :active, updated_at = :updatedAt "
                        + "WHERE id = :id")
                .bind("id", config.id())
                .bind("value", config.storedValue())
                .bind("label", config.label())
                .bind("description", config.description())
                .bind("secret", config.secret())
                .bind("active", config.active())
                .bind("updatedAt", utc(config.updatedAt()))
                .execute()) == 1;
    }

    @Override
    public boolean remove(UUID id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM system_configs WHERE id = :id")
                .bind("id", id).execute()) == 1;
    }
}
