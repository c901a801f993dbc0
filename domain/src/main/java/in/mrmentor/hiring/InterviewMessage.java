package in.mrmentor.hiring;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One turn of a voice interview's transcript (seed 003: VoiceInterviewMessage), ordered by {@code at}. */
public record InterviewMessage(String eventId, UUID applicationId, String role, String text, Instant at) {
    public InterviewMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
