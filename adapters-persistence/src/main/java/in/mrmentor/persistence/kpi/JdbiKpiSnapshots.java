package in.mrmentor.persistence.kpi;

import in.mrmentor.identity.Role;
import in.mrmentor.kpi.KpiSnapshot;
import in.mrmentor.kpi.port.KpiSnapshots;
import in.mrmentor.mail.OutboxEntry;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * A snapshot is the rows of {@code performance_metrics} sharing one {@code taken_at}: a figure per
 * metric and label ({@code users}/{@code EXPERT}, {@code outbox}/{@code KEPT}). A label a later
 * version adds reads as 0 in older snapshots, and one it drops is ignored.
 */
public final class JdbiKpiSnapshots implements KpiSnapshots {
    static final String USERS = "users";
    static final String OUTBOX = "outbox";

    private final Jdbi jdbi;

    public JdbiKpiSnapshots(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(KpiSnapshot snapshot) {
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("INSERT INTO performance_metrics (taken_at, metric, label, value) "
                    + "VALUES (:takenAt, :metric, :label, :value) ON CONFLICT (taken_at, metric, label) "
                    + "DO UPDATE SET value = EXCLUDED.value");
            OffsetDateTime takenAt = utc(snapshot.takenAt());
            snapshot.usersByRole().forEach((role, count) -> batch.bind("takenAt", takenAt).bind("metric", USERS)
                    .bind("label", role.name()).bind("value", count).add());
            snapshot.outboxByStatus().forEach((status, count) -> batch.bind("takenAt", takenAt).bind("metric", OUTBOX)
                    .bind("label", status.name()).bind("value", count).add());
            batch.execute();
        });
    }

    @Override
    public Optional<KpiSnapshot> latest() {
        return jdbi.withHandle(h -> {
            Map<Role, Long> users = new EnumMap<>(Role.class);
            Map<OutboxEntry.Status, Long> outbox = new EnumMap<>(OutboxEntry.Status.class);
            for (Role role : Role.values()) {
                users.put(role, 0L);
            }
            for (OutboxEntry.Status status : OutboxEntry.Status.values()) {
                outbox.put(status, 0L);
            }
            Instant[] takenAt = new Instant[1];
            h.createQuery("SELECT taken_at, metric, label, value FROM performance_metrics "
                            + "WHERE taken_at = (SELECT max(taken_at) FROM performance_metrics)")
                    .map((rs, ctx) -> {
                        takenAt[0] = rs.getObject("taken_at", OffsetDateTime.class).toInstant();
                        String metric = rs.getString("metric");
                        String label = rs.getString("label");
                        long value = rs.getLong("value");
                        if (USERS.equals(metric)) {
                            known(Role.class, label).ifPresent(role -> users.put(role, value));
                        } else if (OUTBOX.equals(metric)) {
                            known(OutboxEntry.Status.class, label).ifPresent(status -> outbox.put(status, value));
                        }
                        return metric;
                    }).list();
            return takenAt[0] == null ? Optional.<KpiSnapshot>empty()
                    : Optional.of(new KpiSnapshot(takenAt[0], users, outbox));
        });
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM performance_metrics WHERE taken_at < :cutoff "
                        + "AND taken_at < (SELECT max(taken_at) FROM performance_metrics)")
                .bind("cutoff", utc(cutoff)).execute());
    }

    private static <E extends Enum<E>> Optional<E> known(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
