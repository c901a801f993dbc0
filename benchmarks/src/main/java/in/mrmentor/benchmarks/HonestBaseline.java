package in.mrmentor.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The baseline: every durable write a booking makes, hand-written over JDBC with as few statements
 * as one write per table allows (rows of one table in one multi-row insert), in one transaction,
 * one connection per client thread:
 * <ol>
 *   <li>claim the slot with the conditional {@code UPDATE} that also returns both participants' names
 *       and addresses (joined in, so no separate look-up);</li>
 *   <li>lock the student's balance rows ({@code FOR UPDATE}) to split the cost promotional-first;</li>
 *   <li>the transfer(s), 3. their ledger entries (multi-row), 4. the new balance(s);</li>
 *   <li>{@code token_usage}, 6. the two cancellation links ({@code meeting_action_tokens}, multi-row);</li>
 *   <li>the two confirmation mails into the outbox (multi-row), 8. their two delivery jobs (multi-row);</li>
 *   <li>the two in-app notifications (student and mentor, multi-row);</li>
 *   <li>the idempotency record, written completed with its answer.</li>
 * </ol>
 * The mails have the length the HTTP path's mails have ({@link MailShape}); the delivery jobs are the
 * same {@code email} jobs, so the server's workers deliver the baseline's mails as they do the HTTP path's.
 */
final class HonestBaseline {
    private final ThreadLocal<Connection> connections;
    private final MailShape mail;

    HonestBaseline(String url, String user, String password, MailShape mail) {
        this.mail = mail;
        this.connections = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(url, user, password);
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    Boolean book(BookingLoadDriver.Student student, UUID slot) {
        Connection c = connections.get();
        try {
            boolean booked = book(c, student.id(), slot);
            if (booked) {
                c.commit();
            } else {
                c.rollback();
            }
            return booked;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the next call fails loudly
            }
            System.err.println("JDBC booking failed: " + e);
            return false;
        }
    }

    private boolean book(Connection c, UUID student, UUID slot) throws SQLException {
        long cost;
        Instant startAt;
        UUID mentor;
        String mentorEmail;
        String mentorName;
        String studentEmail;
        String studentName;
        try (var claim = c.prepareStatement("UPDATE slots s SET student_id = ?, status = 'CONFIRMED', updated_at = now() "
                + "FROM users m, users st WHERE s.id = ? AND s.status = 'TENTATIVE' AND s.student_id IS NULL "
                + "AND s.start_at > now() AND m.id = s.mentor_id AND st.id = ? "
                + "RETURNING s.token_cost, s.start_at, m.id, m.email, m.name, st.email, st.name")) {
            claim.setObject(1, student);
            claim.setObject(2, slot);
            claim.setObject(3, student);
            try (ResultSet rs = claim.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                cost = rs.getLong(1);
                startAt = rs.getTimestamp(2).toInstant();
                mentor = rs.getObject(3, UUID.class);
                mentorEmail = rs.getString(4);
                mentorName = rs.getString(5);
                studentEmail = rs.getString(6);
                studentName = rs.getString(7);
            }
        }
        long promotional = 0;
        long token = 0;
        try (var lock = c.prepareStatement("SELECT wallet, balance FROM token_balances WHERE user_id = ? "
                + "ORDER BY wallet FOR UPDATE")) {
            lock.setObject(1, student);
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("PROMOTIONAL_TOKEN")) {
                        promotional = rs.getLong(2);
                    } else if (rs.getString(1).equals("TOKEN")) {
                        token = rs.getLong(2);
                    }
                }
            }
        }
        long fromPromotional = Math.min(cost, promotional);
        long fromToken = cost - fromPromotional;
        if (fromToken > token) {
            return false;
        }
        String reference = "slot:" + slot;
        // The bench grants paid tokens only, so one wallet pays; a second wallet would add one row
        // to each of the next three statements, not a statement.
        if (fromPromotional > 0) {
            spend(c, student, "PROMOTIONAL_TOKEN", "promotionalToken", fromPromotional, promotional, reference);
        }
        if (fromToken > 0) {
            spend(c, student, "TOKEN", "token", fromToken, token, reference);
        }
        try (var usage = c.prepareStatement("INSERT INTO token_usage (slot_id, student_id, promotional, paid, at) "
                + "VALUES (?, ?, ?, ?, now())")) {
            usage.setObject(1, slot);
            usage.setObject(2, student);
            usage.setLong(3, fromPromotional);
            usage.setLong(4, fromToken);
            usage.executeUpdate();
        }
        Timestamp linkExpiry = Timestamp.from(startAt.plus(30, ChronoUnit.DAYS));
        try (var links = c.prepareStatement("INSERT INTO meeting_action_tokens (id, slot_id, user_id, action, digest, "
                + "expires_at) VALUES (?, ?, ?, 'REQUEST_CANCELLATION', ?, ?), (?, ?, ?, 'REQUEST_CANCELLATION', ?, ?)")) {
            int i = 1;
            for (UUID user : new UUID[]{student, mentor}) {
                links.setObject(i++, UUID.randomUUID());
                links.setObject(i++, slot);
                links.setObject(i++, user);
                links.setString(i++, MailShape.digest(UUID.randomUUID().toString()));
                links.setTimestamp(i++, linkExpiry);
            }
            links.executeUpdate();
        }
        UUID studentMail = UUID.randomUUID();
        UUID mentorMail = UUID.randomUUID();
        try (var outbox = c.prepareStatement("INSERT INTO email_outbox (id, to_address, subject, text_body, html_body, "
                + "from_address, from_name) VALUES (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?)")) {
            fillMail(outbox, 1, studentMail, studentEmail, studentName, mentorName, startAt);
            fillMail(outbox, 8, mentorMail, mentorEmail, mentorName, studentName, startAt);
            outbox.executeUpdate();
        }
        try (var jobs = c.prepareStatement("INSERT INTO jobs (id, type, payload, state, visible_at, attempts, dedup_key, "
                + "created_at, updated_at) VALUES (?, 'email', ?, 'ready', now(), 0, ?, now(), now()), "
                + "(?, 'email', ?, 'ready', now(), 0, ?, now(), now())")) {
            int i = 1;
            for (UUID outboxId : new UUID[]{studentMail, mentorMail}) {
                jobs.setObject(i++, UUID.randomUUID());
                jobs.setString(i++, "{\"outboxId\":\"" + outboxId + "\"}");
                jobs.setString(i++, "outbox:" + outboxId);
            }
            jobs.executeUpdate();
        }
        try (var notices = c.prepareStatement("INSERT INTO notifications (id, user_id, type, category, priority, title, "
                + "body, link, created_at) VALUES (?, ?, 'BOOKING_CONFIRMED', 'MEETING', 'HIGH', ?, ?, ?, now()), "
                + "(?, ?, 'BOOKING_CONFIRMED', 'MEETING', 'HIGH', ?, ?, ?, now())")) {
            String when = " on " + startAt + " (UTC)";
            notices.setObject(1, UUID.randomUUID());
            notices.setObject(2, student);
            notices.setString(3, "Meeting confirmed");
            notices.setString(4, "Your meeting" + when + " is confirmed.");
            notices.setString(5, "/slots/" + slot);
            notices.setObject(6, UUID.randomUUID());
            notices.setObject(7, mentor);
            notices.setString(8, "New booking");
            notices.setString(9, "A student booked your meeting" + when + ".");
            notices.setString(10, "/slots/" + slot);
            notices.executeUpdate();
        }
        try (var idempotency = c.prepareStatement("INSERT INTO idempotency_keys (scope, key, request_hash, status, "
                + "response_status, response_body, created_at) VALUES (?, ?, ?, 'COMPLETED', 200, ?, now())")) {
            idempotency.setString(1, student.toString());
            idempotency.setString(2, "bench-" + UUID.randomUUID());
            idempotency.setString(3, MailShape.digest("POST /api/slots/" + slot + "/book"));
            idempotency.setString(4, mail.response(slot, mentor, student, startAt, cost));
            idempotency.executeUpdate();
        }
        return true;
    }

    private void fillMail(PreparedStatement outbox, int at, UUID id, String to, String name, String other, Instant startAt)
            throws SQLException {
        outbox.setObject(at, id);
        outbox.setString(at + 1, to);
        outbox.setString(at + 2, mail.subject(other, startAt));
        outbox.setString(at + 3, mail.text(name, other, startAt));
        outbox.setString(at + 4, mail.html(name, other, startAt));
        outbox.setString(at + 5, mail.fromAddress());
        outbox.setString(at + 6, mail.fromName());
    }

    private static void spend(Connection c, UUID student, String wallet, String apiName, long amount, long before,
                              String reference) throws SQLException {
        UUID transfer = UUID.randomUUID();
        String account = "user:" + student + ":" + apiName;
        try (var insert = c.prepareStatement("INSERT INTO token_transfers (id, at, kind, reference, from_account, "
                + "to_account, amount) VALUES (?, now(), 'BOOKING', ?, ?, 'system:spend', ?)")) {
            insert.setObject(1, transfer);
            insert.setString(2, reference);
            insert.setString(3, account);
            insert.setLong(4, amount);
            insert.executeUpdate();
        }
        try (var legs = c.prepareStatement("INSERT INTO token_entries (id, transfer_id, account, user_id, wallet, "
                + "delta, balance_after, at, kind, reference) VALUES (?, ?, ?, ?, ?, ?, ?, now(), 'BOOKING', ?), "
                + "(?, ?, 'system:spend', NULL, NULL, ?, NULL, now(), 'BOOKING', ?)")) {
            legs.setObject(1, UUID.randomUUID());
            legs.setObject(2, transfer);
            legs.setString(3, account);
            legs.setObject(4, student);
            legs.setString(5, wallet);
            legs.setLong(6, -amount);
            legs.setLong(7, before - amount);
            legs.setString(8, reference);
            legs.setObject(9, UUID.randomUUID());
            legs.setObject(10, transfer);
            legs.setLong(11, amount);
            legs.setString(12, reference);
            legs.executeUpdate();
        }
        try (var update = c.prepareStatement("UPDATE token_balances SET balance = ?, updated_at = now() "
                + "WHERE user_id = ? AND wallet = ?")) {
            update.setLong(1, before - amount);
            update.setObject(2, student);
            update.setString(3, wallet);
            update.executeUpdate();
        }
    }
}
