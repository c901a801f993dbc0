package in.mrmentor.slot.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Views of mentors' profiles (seed {@code ProfileView}). Writes join the caller's unit of work. */
public interface ProfileViews {

    /** Views on one business day. */
    record Day(LocalDate date, long views) {
    }

    /** @param byDay days with at least one view, in date order */
    record Stats(long total, long uniqueViewers, List<Day> byDay) {
    }

    /** @param viewerId null for a viewer no longer known */
    void record(UUID id, UUID mentorId, UUID viewerId, Instant at);

    /** The mentor's views in {@code [from, to)}, counted per day of {@code zone}. */
    Stats stats(UUID mentorId, Instant from, Instant to, ZoneId zone);
}
