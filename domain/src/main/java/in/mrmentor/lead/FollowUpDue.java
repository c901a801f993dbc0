package in.mrmentor.lead;

import java.time.Instant;

/** The due lists of {@code GET /api/crm/follow-ups?due=}: open follow-ups by when they fall, in business time. */
public enum FollowUpDue {
    /** Due before now. */
    OVERDUE,
    /** Due from now to the end of today. */
    TODAY,
    /** Due from tomorrow on. */
    UPCOMING;

    /** The half-open range {@code [from, to)} of due times this list holds at {@code now}; null bounds are open. */
    public Instant[] range(Instant now) {
        Instant tomorrow = BusinessTime.startOf(BusinessTime.today(now).plusDays(1));
        return switch (this) {
            case OVERDUE -> new Instant[]{null, now};
            case TODAY -> new Instant[]{now, tomorrow};
            case UPCOMING -> new Instant[]{tomorrow, null};
        };
    }
}
