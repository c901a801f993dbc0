package in.mrmentor.slot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a meeting may be joined (seed 000 "meetings"): from {@code MEETING_JOIN_BUFFER_MINUTES}
 * before the start until the end, or any time before the end when {@code ALLOW_EARLY_MEETING_JOIN}.
 */
public record JoinWindow(Duration buffer, boolean allowEarly) {
    public static final Duration DEFAULT_BUFFER = Duration.ofMinutes(5);

    public JoinWindow {
        Objects.requireNonNull(buffer, "buffer");
        if (buffer.isNegative()) {
            throw new IllegalArgumentException("the join buffer is never negative");
        }
    }

    /** The first instant a meeting may be joined; null when it may be joined any time before its end. */
    public Instant opensAt(MeetingTime time) {
        return allowEarly ? null : time.start().minus(buffer);
    }

    /** The last instant a meeting may be joined: its end. */
    public Instant closesAt(MeetingTime time) {
        return time.end();
    }

    public boolean isOpen(MeetingTime time, Instant now) {
        if (now.isAfter(time.end())) {
            return false;
        }
        return allowEarly || !now.isBefore(time.start().minus(buffer));
    }
}
