package in.mrmentor.bootstrap;

import in.mrmentor.slot.JoinWindow;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** The "meetings" settings of seed 000: the join window, the slot-request cap and where meetings happen. */
public record MentorshipSettings(JoinWindow joinWindow, int maxSlotRequests, String meetingUrlBase,
                                 String actionUrlBase, long maxRecordingBytes,
                                 java.util.Optional<Secret> meetingWebhookSecret) {
    static final String DEFAULT_MEETING_URL_BASE = "https://meet.jit.si/mrmentor-";
    static final String DEFAULT_ACTION_URL_BASE = "http://localhost:8000/api/meeting-actions/";

    public MentorshipSettings {
        Objects.requireNonNull(joinWindow, "joinWindow");
        Objects.requireNonNull(meetingUrlBase, "meetingUrlBase");
        Objects.requireNonNull(actionUrlBase, "actionUrlBase");
        Objects.requireNonNull(meetingWebhookSecret, "meetingWebhookSecret");
        if (maxRecordingBytes <= 0) {
            throw new IllegalArgumentException("maxRecordingBytes must be positive");
        }
    }

    static MentorshipSettings read(Map<String, String> env, Problems problems) {
        int buffer = problems.integer(env, EnvVar.MEETING_JOIN_BUFFER_MINUTES, 5, 0, 24 * 60);
        boolean early = problems.bool(env, EnvVar.ALLOW_EARLY_MEETING_JOIN, false);
        int maxRequests = problems.integer(env, EnvVar.MAX_SLOT_REQUESTS, 5, 1, 1000);
        return new MentorshipSettings(new JoinWindow(Duration.ofMinutes(buffer), early), maxRequests,
                text(env, EnvVar.MEETING_URL_BASE, DEFAULT_MEETING_URL_BASE),
                text(env, EnvVar.MEETING_ACTION_URL_BASE, DEFAULT_ACTION_URL_BASE),
                problems.integer(env, EnvVar.MAX_RECORDING_MB, 2048, 1, 1024 * 1024) * 1024L * 1024L,
                java.util.Optional.ofNullable(env.get(EnvVar.LIVEKIT_WEBHOOK_SECRET.name()))
                        .filter(value -> !value.isBlank()).map(Secret::new));
    }

    private static String text(Map<String, String> env, EnvVar var, String fallback) {
        String value = env.get(var.name());
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
