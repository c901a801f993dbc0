package in.mrmentor.hiring.port;

import in.mrmentor.hiring.InterviewMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Voice-interview events, each kept once by its provider's event id. */
public interface Interviews {

    /**
     * Records an event id once; answers false when it was already recorded (a replay), so the caller
     * changes nothing.
     */
    boolean recordEvent(String eventId, UUID applicationId, String type, Instant at);

    void addMessage(InterviewMessage message);

    /** The application's transcript in the order the turns happened (then by event id). */
    List<InterviewMessage> transcript(UUID applicationId);
}
