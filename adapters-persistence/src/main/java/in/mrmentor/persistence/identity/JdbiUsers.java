package in.mrmentor.persistence.identity;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.PasswordHash;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.User;
import in.mrmentor.identity.port.Users;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiUsers implements Users {
    private static final String COLUMNS =
            "id, email, name, phone, role, password_hash, password_changed_at, is_active, created_at, credential_version";
    private static final RowMapper<User> ROW = (rs, ctx) -> new User(
            rs.getObject("id", UUID.class),
            Email.of(rs.getString("email")),
            rs.getString("name"),
            rs.getString("phone"),
            Role.valueOf(rs.getString("role")),
            new PasswordHash(rs.getString("password_hash")),
            Timestamps.instant(rs, "password_changed_at"),
            Timestamps.instant(rs, "created_at"),
            rs.getBoolean("is_active"),
            rs.getLong("credential_version"));

    private final Jdbi jdbi;

    public JdbiUsers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<User> findById(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<Role> roleAcceptingToken(UUID id, long credentialVersion) {
        return jdbi.withHandle(h -> h.createQuery("SELECT role FROM users WHERE id = :id AND is_active "
                        + "AND credential_version = :version")
                .bind("id", id).bind("version", credentialVersion)
                .map((rs, ctx) -> Role.valueOf(rs.getString("role"))).findOne());
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE lower(email) = :email")
                .bind("email", email.value()).map(ROW).findOne());
    }

    @Override
    public Optional<User> lockById(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    /**
     * Always in id order, so two lockers never wait on each other crosswise. A row another transaction
     * deactivated or demoted while this one waited is re-read after the wait and no longer counted.
     */
    @Override
    public long lockActiveSuperadmins() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM users WHERE role = 'SUPERADMIN' AND is_active "
                        + "ORDER BY id FOR UPDATE")
                .mapTo(UUID.class).list().size());
    }

    @Override
    public void add(User user) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO users (" + COLUMNS + ", updated_at) VALUES (:id, :email, "
                            + ":name, :phone, :role, :hash, :changedAt, :active, :createdAt, :version, :createdAt)")
                    .bind("id", user.id())
                    .bind("email", user.email().value())
                    .bind("name", user.name())
                    .bindByType("phone", user.phone(), String.class)
                    .bind("role", user.role().name())
                    .bind("hash", user.passwordHash().value())
                    .bind("changedAt", utc(user.passwordChangedAt()))
                    .bind("active", user.active())
                    .bind("createdAt", utc(user.createdAt()))
                    .bind("version", user.credentialVersion())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (Timestamps.isUniqueViolation(e)) {
                throw IdentityErrors.emailTaken();
            }
            throw e;
        }
    }

    /**
     * The version moves in SQL, from the row as it is when the update runs, not from the version the
     * caller read: two changes racing from one read both move it, so no token survives the later one.
     */
    @Override
    public boolean replace(User user) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE users SET name = :name, phone = :phone, role = :role, "
                        + "password_hash = :hash, password_changed_at = :changedAt, is_active = :active, "
                        + "credential_version = credential_version + CASE WHEN password_hash <> :hash "
                        + "OR role <> :role OR is_active <> :active THEN 1 ELSE 0 END, "
                        + "updated_at = now() WHERE id = :id")
                .bind("id", user.id())
                .bind("name", user.name())
                .bindByType("phone", user.phone(), String.class)
                .bind("role", user.role().name())
                .bind("hash", user.passwordHash().value())
                .bind("changedAt", utc(user.passwordChangedAt()))
                .bind("active", user.active())
                .execute()) == 1;
    }

    @Override
    public List<User> page(Role role, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM users "
                        + "WHERE (CAST(:role AS varchar) IS NULL OR role = :role) "
                        + "AND " + KeysetPages.afterTime("created_at", "id")
                        + " ORDER BY created_at, id LIMIT :fetch"), page)
                .bindByType("role", role == null ? null : role.name(), String.class)
                .map(ROW).list());
    }

    @Override
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        jdbi.useHandle(h -> h.createQuery("SELECT role, count(*) AS users FROM users GROUP BY role")
                .map((rs, ctx) -> Map.entry(Role.valueOf(rs.getString("role")), rs.getLong("users")))
                .forEach(row -> counts.put(row.getKey(), row.getValue())));
        return counts;
    }
}
