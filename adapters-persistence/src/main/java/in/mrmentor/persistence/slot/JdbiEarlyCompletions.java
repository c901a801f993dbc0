package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.Timestamps;
import in.mrmentor.slot.EarlyCompletion;
import in.mrmentor.slot.port.EarlyCompletions;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiEarlyCompletions implements EarlyCompletions {
    private final Jdbi jdbi;

    public JdbiEarlyCompletions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(EarlyCompletion completion) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO slot_early_completions (slot_id, admin_id, reason, completed_at) "
                        + "VALUES (:slot, :admin, :reason, :at)")
                .bind("slot", completion.slotId()).bind("admin", completion.adminId())
                .bind("reason", completion.reason()).bind("at", utc(completion.at()))
                .execute());
    }

    @Override
    public Optional<EarlyCompletion> forSlot(UUID slotId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT slot_id, admin_id, reason, completed_at "
                        + "FROM slot_early_completions WHERE slot_id = :slot")
                .bind("slot", slotId)
                .map((rs, ctx) -> new EarlyCompletion(rs.getObject("slot_id", UUID.class),
                        rs.getObject("admin_id", UUID.class), rs.getString("reason"),
                        Timestamps.instant(rs, "completed_at")))
                .findOne());
    }
}
