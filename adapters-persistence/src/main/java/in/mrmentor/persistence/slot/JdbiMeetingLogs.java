package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.Timestamps;
import in.mrmentor.slot.MeetingAction;
import in.mrmentor.slot.MeetingLog;
import in.mrmentor.slot.port.MeetingLogs;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiMeetingLogs implements MeetingLogs {
    private final Jdbi jdbi;

    public JdbiMeetingLogs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(MeetingLog log) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO meeting_logs (id, slot_id, user_id, action, at) "
                        + "VALUES (:id, :slot, :user, :action, :at)")
                .bind("id", log.id()).bind("slot", log.slotId()).bindByType("user", log.userId(), UUID.class)
                .bind("action", log.action().name()).bind("at", utc(log.at()))
                .execute());
    }

    @Override
    public List<MeetingLog> forSlot(UUID slotId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, slot_id, user_id, action, at FROM meeting_logs "
                        + "WHERE slot_id = :slot ORDER BY at, id")
                .bind("slot", slotId)
                .map((rs, ctx) -> new MeetingLog(rs.getObject("id", UUID.class), rs.getObject("slot_id", UUID.class),
                        rs.getObject("user_id", UUID.class), MeetingAction.valueOf(rs.getString("action")),
                        Timestamps.instant(rs, "at")))
                .list());
    }
}
