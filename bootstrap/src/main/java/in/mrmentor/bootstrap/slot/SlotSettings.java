package in.mrmentor.bootstrap.slot;

import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.slot.JoinWindow;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** The "meetings" settings of seed 000: the join window, the slot-request cap and where meetings happen. */
public record SlotSettings(JoinWindow joinWindow, int maxSlotRequests, String meetingUrlBase,
                           String actionUrlBase, long maxRecordingBytes,
                           Optional<Secret> meetingWebhookSecret, OptionalInt maxFreeMeetings) {
    static final String DEFAULT_MEETING_URL_BASE = "https://meet.jit.si/mrmentor-";
    static final String DEFAULT_ACTION_URL_BASE = "http://localhost:8000/api/meeting-actions/";

    public SlotSettings {
        Objects.requireNonNull(joinWindow, "joinWindow");
        Objects.requireNonNull(meetingUrlBase, "meetingUrlBase");
        Objects.requireNonNull(actionUrlBase, "actionUrlBase");
        Objects.requireNonNull(meetingWebhookSecret, "meetingWebhookSecret");
        Objects.requireNonNull(maxFreeMeetings, "maxFreeMeetings");
        if (maxRecordingBytes <= 0) {
            throw new IllegalArgumentException("maxRecordingBytes must be positive");
        }
    }
}
