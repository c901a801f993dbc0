package in.mrmentor.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The size of what the HTTP path stores per booking (mail subject and bodies, the idempotent answer),
 * read from the rows the HTTP warm-up wrote, so the baseline writes as many bytes.
 */
record MailShape(int subject, int text, int html, int response, String fromAddress, String fromName) {

    static MailShape of(String url, String user, String password) throws SQLException {
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement();
             var rs = s.executeQuery("SELECT coalesce(avg(length(subject)), 60), coalesce(avg(length(text_body)), 600), "
                     + "coalesce(avg(length(html_body)), 0), max(from_address), max(from_name), (SELECT coalesce(avg(length(response_body)), 400) "
                     + "FROM idempotency_keys WHERE status = 'COMPLETED') FROM email_outbox")) {
            rs.next();
            var shape = new MailShape(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(6), rs.getString(4), rs.getString(5));
            System.out.printf("Baseline writes mails of the HTTP path's size: subject %d, text %d, html %d chars; "
                    + "answer %d chars%n", shape.subject, shape.text, shape.html, shape.response);
            return shape;
        }
    }

    String subject(String other, Instant at) {
        return pad("Session with " + other + " confirmed for " + at, subject);
    }

    String text(String name, String other, Instant at) {
        return pad("Hello " + name + ",\n\nyour session with " + other + " at " + at + " is confirmed.\n", text);
    }

    String html(String name, String other, Instant at) {
        return html == 0 ? null : pad("<p>Hello " + name + ",</p><p>your session with " + other + " at " + at
                + " is confirmed.</p>", html);
    }

    String response(UUID slot, UUID mentor, UUID student, Instant at, long cost) {
        return pad("{\"id\":\"" + slot + "\",\"mentorId\":\"" + mentor + "\",\"studentId\":\"" + student
                + "\",\"startAt\":\"" + at + "\",\"tokenCost\":" + cost + ",\"status\":\"CONFIRMED\"", response - 1) + "}";
    }

    private static String pad(String s, int length) {
        if (s.length() >= length) {
            return s.substring(0, Math.max(1, length));
        }
        return s + " ".repeat(length - s.length());
    }

    static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
