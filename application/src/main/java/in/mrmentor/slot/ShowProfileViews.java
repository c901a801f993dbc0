package in.mrmentor.slot;

import in.mrmentor.shared.Validation;
import in.mrmentor.slot.port.ProfileViews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A mentor sees how often their profile was viewed, per business day (API.md "Business dates"). */
public final class ShowProfileViews {
    /** Without {@code from}, the 30 days before the end. */
    static final Duration DEFAULT_RANGE = Duration.ofDays(30);

    private final ProfileViews views;
    private final ZoneId businessZone;
    private final Clock clock;

    public ShowProfileViews(ProfileViews views, ZoneId businessZone, Clock clock) {
        this.views = views;
        this.businessZone = businessZone;
        this.clock = clock;
    }

    /**
     * @param from null for 30 days before {@code to}
     * @param to   exclusive; null for the end of today in the business time zone, so today's views count
     */
    public ProfileViews.Stats show(UUID mentorId, Instant from, Instant to) {
        Instant end = to == null
                ? LocalDate.ofInstant(clock.instant(), businessZone).plusDays(1).atStartOfDay(businessZone).toInstant()
                : to;
        Instant start = from == null ? end.minus(DEFAULT_RANGE) : from;
        new Validation().require(start.isBefore(end), "from", "must be before to").orThrow();
        return views.stats(mentorId, start, end, businessZone);
    }
}
