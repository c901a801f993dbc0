package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.Timestamps;
import in.mrmentor.slot.MeetingActionToken;
import in.mrmentor.slot.port.MeetingActionTokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/** Action links in PostgreSQL; redeeming is one conditional UPDATE, so a link works once. */
public final class JdbiMeetingActionTokens implements MeetingActionTokens {
    private final Jdbi jdbi;

    public JdbiMeetingActionTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(MeetingActionToken token) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO meeting_action_tokens (id, slot_id, user_id, action, digest, "
                        + "expires_at, used_at) VALUES (:id, :slot, :user, :action, :digest, :expires, :used)")
                .bind("id", token.id()).bind("slot", token.slotId()).bind("user", token.userId())
                .bind("action", token.action().name()).bind("digest", token.digest())
                .bind("expires", utc(token.expiresAt())).bind("used", utc(token.usedAt()))
                .execute());
    }

    @Override
    public void addAll(List<MeetingActionToken> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO meeting_action_tokens (id, slot_id, user_id, action, digest, "
                + "expires_at, used_at) VALUES ");
        for (int i = 0; i < tokens.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :slot").append(i).append(", :user")
                    .append(i).append(", :action").append(i).append(", :digest").append(i).append(", :expires")
                    .append(i).append(", :used").append(i).append(")");
        }
        jdbi.useHandle(h -> {
            var update = h.createUpdate(sql.toString());
            for (int i = 0; i < tokens.size(); i++) {
                MeetingActionToken token = tokens.get(i);
                update.bind("id" + i, token.id()).bind("slot" + i, token.slotId()).bind("user" + i, token.userId())
                        .bind("action" + i, token.action().name()).bind("digest" + i, token.digest())
                        .bind("expires" + i, utc(token.expiresAt())).bind("used" + i, utc(token.usedAt()));
            }
            update.execute();
        });
    }

    @Override
    public Optional<MeetingActionToken> redeem(String digest, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("UPDATE meeting_action_tokens SET used_at = :now "
                        + "WHERE digest = :digest AND used_at IS NULL AND expires_at > :now "
                        + "RETURNING id, slot_id, user_id, action, digest, expires_at, used_at")
                .bind("digest", digest).bind("now", utc(now))
                .map((rs, ctx) -> new MeetingActionToken(rs.getObject("id", UUID.class),
                        rs.getObject("slot_id", UUID.class), rs.getObject("user_id", UUID.class),
                        MeetingActionToken.Action.valueOf(rs.getString("action")), rs.getString("digest"),
                        Timestamps.instant(rs, "expires_at"), Timestamps.instant(rs, "used_at")))
                .findOne());
    }
}
