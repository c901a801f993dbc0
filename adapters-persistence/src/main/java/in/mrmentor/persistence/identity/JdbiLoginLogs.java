package in.mrmentor.persistence.identity;

import in.mrmentor.identity.LoginEvent;
import in.mrmentor.identity.LoginLog;
import in.mrmentor.identity.port.LoginLogs;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiLoginLogs implements LoginLogs {
    private static final RowMapper<LoginLog> ROW = (rs, ctx) -> new LoginLog(
            rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            rs.getString("email"),
            LoginEvent.valueOf(rs.getString("event")),
            Timestamps.instant(rs, "at"));

    private final Jdbi jdbi;

    public JdbiLoginLogs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(LoginLog log) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO login_logs (id, user_id, email, event, at) "
                        + "VALUES (:id, :userId, :email, :event, :at)")
                .bind("id", log.id())
                .bindByType("userId", log.userId(), UUID.class)
                .bind("email", log.email())
                .bind("event", log.event().name())
                .bind("at", utc(log.at()))
                .execute());
    }

    @Override
    public List<LoginLog> newestFor(String email, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, user_id, email, event, at FROM login_logs "
                        + "WHERE email = :email ORDER BY at DESC, seq DESC LIMIT :limit")
                .bind("email", email).bind("limit", limit).map(ROW).list());
    }
}
