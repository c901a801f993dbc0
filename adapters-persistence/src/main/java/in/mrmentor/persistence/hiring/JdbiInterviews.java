package in.mrmentor.persistence.hiring;

import static in.mrmentor.persistence.Timestamps.utc;

import in.mrmentor.hiring.InterviewMessage;
import in.mrmentor.hiring.port.Interviews;
import in.mrmentor.persistence.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

public final class JdbiInterviews implements Interviews {
    private final Jdbi jdbi;

    public JdbiInterviews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean recordEvent(String eventId, UUID applicationId, String type, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO voice_interview_events (event_id, application_id, type, at) "
                        + "VALUES (:event, :application, :type, :at) ON CONFLICT (event_id) DO NOTHING")
                .bind("event", eventId).bind("application", applicationId).bind("type", type).bind("at", utc(at))
                .execute()) == 1;
    }

    @Override
    public void addMessage(InterviewMessage m) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO voice_interview_messages (event_id, application_id, role, text, at) "
                        + "VALUES (:event, :application, :role, :text, :at)")
                .bind("event", m.eventId()).bind("application", m.applicationId()).bind("role", m.role())
                .bind("text", m.text()).bind("at", utc(m.at()))
                .execute());
    }

    @Override
    public List<InterviewMessage> transcript(UUID applicationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT event_id, application_id, role, text, at "
                        + "FROM voice_interview_messages WHERE application_id = :id ORDER BY at, event_id COLLATE \"C\"")
                .bind("id", applicationId)
                .map((rs, ctx) -> new InterviewMessage(rs.getString("event_id"), rs.getObject("application_id", UUID.class),
                        rs.getString("role"), rs.getString("text"), Timestamps.instant(rs, "at")))
                .list());
    }
}
