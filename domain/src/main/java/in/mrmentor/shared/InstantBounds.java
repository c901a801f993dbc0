package in.mrmentor.shared;

import java.time.Instant;

/**
 * The instants a client may send: from 1970 to the end of the year 9999. PostgreSQL's
 * {@code timestamptz} cannot hold Java's full range (the seed answered {@code +999999999-12-31T23:59:59Z}
 * with a 500), and no business date of this platform lies outside these years; a context with a
 * tighter rule (a slot starting in the future) checks it on top.
 */
public final class InstantBounds {
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final String MESSAGE = "must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    private InstantBounds() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** The instant itself when it lies in the bounds (or is null); otherwise a refusal naming {@code field}. */
    public static Instant require(String field, Instant instant) {
        if (instant != null && !contains(instant)) {
            throw Validation.invalid(field, MESSAGE);
        }
        return instant;
    }
}
