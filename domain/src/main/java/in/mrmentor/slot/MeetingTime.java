package in.mrmentor.slot;

import in.mrmentor.shared.Validation;

import java.time.Duration;
import java.time.Instant;

/** When a slot's meeting happens: {@code [start, end)}. */
public record MeetingTime(Instant start, Instant end) {
    /** Seed 003: a slot is thirty minutes unless the mentor says otherwise. */
    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(30);
    public static final Duration MAX_LENGTH = Duration.ofHours(8);

    public MeetingTime {
        new Validation()
                .require(start != null, "startDateTime", "is required")
                .orThrow();
        new Validation()
                .require(end != null && end.isAfter(start), "endDateTime", "must be after startDateTime")
                .orThrow();
        new Validation()
                .require(Duration.between(start, end).compareTo(MAX_LENGTH) <= 0, "endDateTime",
                        "must be at most " + MAX_LENGTH.toHours() + " hours after startDateTime")
                .orThrow();
    }

    /** @param end null means {@link #DEFAULT_LENGTH} after start */
    public static MeetingTime of(Instant start, Instant end) {
        new Validation().require(start != null, "startDateTime", "is required").orThrow();
        return new MeetingTime(start, end == null ? start.plus(DEFAULT_LENGTH) : end);
    }

    /** Half-open intervals: a slot ending at 10:00 and one starting at 10:00 do not overlap. */
    public boolean overlaps(MeetingTime other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
