package in.mrmentor.persistence.mail;

import java.util.ArrayList;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.mail.MailAttachment;
import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.SentEmail;
import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.port.Ids;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;
import java.sql.Array;
import java.sql.SQLException;

/**
 * The outbox in {@code email_outbox} (V2, V4, V20; its files in {@code email_outbox_attachments}) and the
 * sent-mail log in {@code emails_sent} (V4).
 * Every {@code mark...} is a conditional UPDATE on a not-yet-settled status, so two deliveries of
 * one message racing each other cannot both record a send: the database decides.
 */
public final class JdbiOutboxStore implements OutboxStore {
    private static final String COLUMNS = "id, to_address, subject, text_body, html_body, status, created_at, last_error, "
            + "from_address, from_name, cc_addresses, attachment_count";
    private static final String UNSETTLED = "status IN ('PENDING', 'FAILED')";
    private static final RowMapper<OutboxEntry> ROW = (rs, ctx) -> new OutboxEntry(
            rs.getObject("id", UUID.class),
            new OutgoingEmail(rs.getString("to_address"), rs.getString("subject"), rs.getString("text_body"),
                    rs.getString("html_body"), rs.getString("from_address"), rs.getString("from_name"),
                    copies(rs.getArray("cc_addresses")), List.of()),
            OutboxEntry.Status.valueOf(rs.getString("status")),
            Timestamps.instant(rs, "created_at"),
            rs.getString("last_error"));
    private static final RowMapper<SentEmail> SENT = (rs, ctx) -> new SentEmail(
            rs.getObject("id", UUID.class), rs.getObject("outbox_id", UUID.class), rs.getString("to_address"),
            rs.getString("subject"), rs.getString("transport"), rs.getString("message_id"),
            Timestamps.instant(rs, "sent_at"));

    private final Jdbi jdbi;
    private final Clock clock;
    private final Ids ids;

    public JdbiOutboxStore(Jdbi jdbi, Clock clock, Ids ids) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public UUID add(OutgoingEmail email) {
        return addAll(List.of(email)).get(0);
    }

    @Override
    public List<UUID> addAll(List<OutgoingEmail> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        List<UUID> added = new ArrayList<>();
        // Most mail has no copies and no files: its statement leaves those columns to their defaults.
        boolean extras = emails.stream().anyMatch(e -> !e.cc().isEmpty() || !e.attachments().isEmpty());
        StringBuilder sql = new StringBuilder("INSERT INTO email_outbox (id, to_address, subject, text_body, html_body, "
                + "status, created_at, from_address, from_name" + (extras ? ", cc_addresses, attachment_count" : "")
                + ") VALUES ");
        for (int i = 0; i < emails.size(); i++) {
            added.add(ids.next());
            sql.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :to").append(i).append(", :subject")
                    .append(i).append(", :text").append(i).append(", :html").append(i)
                    .append(", 'PENDING', :createdAt, :fromAddress").append(i).append(", :fromName").append(i)
                    .append(extras ? ", :cc" + i + ", :attachments" + i : "").append(")");
        }
        jdbi.useHandle(h -> {
            var update = h.createUpdate(sql.toString()).bind("createdAt", utc(clock.instant()));
            for (int i = 0; i < emails.size(); i++) {
                OutgoingEmail email = emails.get(i);
                update.bind("id" + i, added.get(i))
                        .bind("to" + i, email.to())
                        .bind("subject" + i, email.subject())
                        .bind("text" + i, email.textBody())
                        .bindByType("html" + i, email.htmlBody(), String.class)
                        .bindByType("fromAddress" + i, email.fromAddress(), String.class)
                        .bindByType("fromName" + i, email.fromName(), String.class);
                if (extras) {
                    update.bind("cc" + i, email.cc().toArray(String[]::new))
                            .bind("attachments" + i, (short) email.attachments().size());
                }
            }
            update.execute();
            if (emails.stream().anyMatch(e -> !e.attachments().isEmpty())) {
                addAttachments(h, emails, added);
            }
        });
        return added;
    }

    /** Every file of every message in one multi-row insert, in the transaction of their messages. */
    private static void addAttachments(Handle h, List<OutgoingEmail> emails, List<UUID> ids) {
        StringBuilder sql = new StringBuilder("INSERT INTO email_outbox_attachments (outbox_id, position, filename, "
                + "content_type, content) VALUES ");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            List<MailAttachment> files = emails.get(i).attachments();
            for (int position = 0; position < files.size(); position++) {
                MailAttachment file = files.get(position);
                sql.append(rows.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
                rows.add(new Object[] {ids.get(i), (short) position, file.filename(), file.contentType(), file.content()});
            }
        }
        var update = h.createUpdate(sql.toString());
        int at = 0;
        for (Object[] row : rows) {
            for (Object value : row) {
                update.bind(at++, value);
            }
        }
        update.execute();
    }

    private static List<String> copies(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    @Override
    public Optional<OutboxEntry> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM email_outbox WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> Map.entry(ROW.map(rs, ctx), rs.getInt("attachment_count")))
                .findOne()
                .map(row -> row.getValue() == 0 ? row.getKey() : withAttachments(h, row.getKey())));
    }

    private static OutboxEntry withAttachments(Handle h, OutboxEntry entry) {
        List<MailAttachment> files = h.createQuery("SELECT filename, content_type, content FROM email_outbox_attachments "
                        + "WHERE outbox_id = :id ORDER BY position")
                .bind("id", entry.id())
                .map((rs, ctx) -> new MailAttachment(rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .list();
        return new OutboxEntry(entry.id(), entry.email().attaching(files), entry.status(), entry.createdAt(),
                entry.lastError());
    }

    @Override
    public List<OutboxEntry> newest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM email_outbox "
                        + "ORDER BY created_at DESC, seq DESC LIMIT :limit")
                .bind("limit", Math.max(0, limit)).map(ROW).list());
    }

    @Override
    public List<OutboxEntry> page(PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM email_outbox "
                        + "WHERE " + KeysetPages.beforeTime("created_at", "id")
                        + " ORDER BY created_at DESC, id LIMIT :fetch"), page)
                .map(ROW).list());
    }

    @Override
    public boolean markSent(UUID id, Instant at, String transport, String messageId) {
        // One statement: the log line is written only when this call is the one that settled the row.
        return jdbi.withHandle(h -> h.createUpdate("WITH settled AS (UPDATE email_outbox SET status = 'SENT', "
                        + "last_error = NULL WHERE id = :id AND " + UNSETTLED + " RETURNING id, to_address, subject) "
                        + "INSERT INTO emails_sent (id, outbox_id, to_address, subject, transport, message_id, sent_at) "
                        + "SELECT :logId, id, to_address, subject, :transport, :messageId, :sentAt FROM settled")
                .bind("id", id)
                .bind("logId", ids.next())
                .bind("transport", transport)
                .bindByType("messageId", messageId, String.class)
                .bind("sentAt", utc(at))
                .execute()) == 1;
    }

    @Override
    public boolean markKept(UUID id) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE email_outbox SET status = 'KEPT' WHERE id = :id AND "
                        + UNSETTLED)
                .bind("id", id).execute()) == 1;
    }

    @Override
    public boolean markFailed(UUID id, String error) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE email_outbox SET status = 'FAILED', last_error = :error "
                        + "WHERE id = :id AND " + UNSETTLED)
                .bind("id", id).bind("error", error).execute()) == 1;
    }

    @Override
    public List<UUID> pendingOlderThan(Instant before, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM email_outbox WHERE status = 'PENDING' "
                        + "AND created_at < :before ORDER BY created_at, seq LIMIT :limit")
                .bind("before", utc(before)).bind("limit", Math.max(0, limit)).mapTo(UUID.class).list());
    }

    @Override
    public List<SentEmail> sentNewest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, outbox_id, to_address, subject, transport, message_id, "
                        + "sent_at FROM emails_sent ORDER BY sent_at DESC, seq DESC LIMIT :limit")
                .bind("limit", Math.max(0, limit)).map(SENT).list());
    }

    @Override
    public Map<OutboxEntry.Status, Long> countByStatus() {
        Map<OutboxEntry.Status, Long> counts = new EnumMap<>(OutboxEntry.Status.class);
        for (OutboxEntry.Status status : OutboxEntry.Status.values()) {
            counts.put(status, 0L);
        }
        jdbi.useHandle(h -> h.createQuery("SELECT status, count(*) AS messages FROM email_outbox GROUP BY status")
                .map((rs, ctx) -> Map.entry(OutboxEntry.Status.valueOf(rs.getString("status")), rs.getLong("messages")))
                .forEach(row -> counts.put(row.getKey(), row.getValue())));
        return counts;
    }
}
