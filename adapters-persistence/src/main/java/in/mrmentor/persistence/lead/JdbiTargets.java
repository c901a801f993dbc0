package in.mrmentor.persistence.lead;

import in.mrmentor.lead.SalesTarget;
import in.mrmentor.lead.port.Targets;
import org.jdbi.v3.core.Jdbi;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

public final class JdbiTargets implements Targets {
    private final Jdbi jdbi;

    public JdbiTargets(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void put(SalesTarget t) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.salesperson_targets (user_id, period, conversions, revenue_paise) "
                        + "VALUES (:user, :period, :conversions, :revenue) ON CONFLICT (user_id, period) DO UPDATE SET "
                        + "conversions = :conversions, revenue_paise = :revenue, updated_at = now()")
                .bind("user", t.userId()).bind("period", t.period().toString()).bind("conversions", t.conversions())
                .bind("revenue", t.revenuePaise()).execute());
    }

    @Override
    public List<SalesTarget> of(Collection<UUID> userIds, YearMonth period) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id, period, conversions, revenue_paise FROM mas_crm.salesperson_targets "
                        + "WHERE period = :period AND (CAST(:all AS boolean) OR user_id = ANY(CAST(:users AS uuid[]))) ORDER BY user_id")
                .bind("period", period.toString()).bind("all", userIds == null)
                .bindArray("users", UUID.class, userIds == null ? List.of() : List.copyOf(userIds))
                .map((rs, ctx) -> new SalesTarget(rs.getObject("user_id", UUID.class), YearMonth.parse(rs.getString("period")),
                        rs.getLong("conversions"), rs.getLong("revenue_paise")))
                .list());
    }
}
