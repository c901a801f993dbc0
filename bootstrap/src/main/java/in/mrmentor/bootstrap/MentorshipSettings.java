package in.mrmentor.bootstrap;

import in.mrmentor.slot.JoinWindow;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** The "meetings" settings of seed 000: the join window, the slot-request cap and where meetings happen. */
public record MentorshipSettings(JoinWindow joinWindow, int maxSlotRequests, String meetingUrlBase) {
    public MentorshipSettings {
        Objects.requireNonNull(joinWindow, "joinWindow");
        Objects.requireNonNull(meetingUrlBase, "meetingUrlBase");
    }

    public static MentorshipSettings defaults() {
        return new MentorshipSettings(new JoinWindow(JoinWindow.DEFAULT_BUFFER, false), 5, "https://meet.jit.si/mrmentor-");
    }

    static MentorshipSettings read(Map<String, String> env, Problems problems) {
        int buffer = problems.integer(env, EnvVar.MEETING_JOIN_BUFFER_MINUTES, 5, 0, 24 * 60);
        boolean early = problems.bool(env, EnvVar.ALLOW_EARLY_MEETING_JOIN, false);
        int maxRequests = problems.integer(env, EnvVar.MAX_SLOT_REQUESTS, 5, 1, 1000);
        String base = env.getOrDefault(EnvVar.MEETING_URL_BASE.name(), "").isBlank()
                ? "https://meet.jit.si/mrmentor-" : env.get(EnvVar.MEETING_URL_BASE.name()).trim();
        return new MentorshipSettings(new JoinWindow(Duration.ofMinutes(buffer), early), maxRequests, base);
    }
}
