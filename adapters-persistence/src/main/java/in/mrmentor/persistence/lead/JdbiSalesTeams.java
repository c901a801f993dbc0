package in.mrmentor.persistence.lead;

import in.mrmentor.identity.Role;
import in.mrmentor.lead.port.SalesTeams;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users as the CRM sees them, with the head each SALES user names ({@code mas_crm.sales_team_members}). */
public final class JdbiSalesTeams implements SalesTeams {
    private static final String SELECT = "SELECT u.id, u.email, u.role, u.is_active, m.sales_head_id FROM users u "
            + "LEFT JOIN mas_crm.sales_team_members m ON m.user_id = u.id ";
    private static final RowMapper<Member> ROW = (rs, ctx) -> new Member(rs.getObject("id", UUID.class),
            rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getBoolean("is_active"),
            rs.getObject("sales_head_id", UUID.class));

    private final Jdbi jdbi;

    public JdbiSalesTeams(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Member> member(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE u.id = :id").bind("id", userId).map(ROW).findOne());
    }

    @Override
    public Optional<Member> memberByEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE lower(u.email) = lower(:email)")
                .bind("email", email).map(ROW).findOne());
    }

    @Override
    public boolean isHead(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM mas_crm.sales_team_members m "
                        + "JOIN users u ON u.id = m.user_id WHERE m.sales_head_id = :id AND u.role = 'SALES')")
                .bind("id", userId).mapTo(Boolean.class).one());
    }

    @Override
    public List<UUID> reportsOf(UUID headId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT m.user_id FROM mas_crm.sales_team_members m "
                        + "JOIN users u ON u.id = m.user_id WHERE m.sales_head_id = :id AND u.role = 'SALES' ORDER BY m.user_id")
                .bind("id", headId).mapTo(UUID.class).list());
    }

    @Override
    public void setHead(UUID userId, UUID headId) {
        jdbi.useHandle(h -> {
            if (headId == null) {
                h.createUpdate("DELETE FROM mas_crm.sales_team_members WHERE user_id = :user").bind("user", userId).execute();
            } else {
                h.createUpdate("INSERT INTO mas_crm.sales_team_members (user_id, sales_head_id) VALUES (:user, :head) "
                                + "ON CONFLICT (user_id) DO UPDATE SET sales_head_id = :head, updated_at = now()")
                        .bind("user", userId).bind("head", headId).execute();
            }
        });
    }
}
