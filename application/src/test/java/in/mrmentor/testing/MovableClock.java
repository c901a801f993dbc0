package in.mrmentor.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves forward by hand. By default it is real time plus that offset, so code that waits
 * on real timers (poll loops, leases) keeps working while a test jumps over an hour-long interval in an
 * instant; {@link #stoppedAt} gives one that stands still between moves, for tests that compare instants.
 * Like the production clock it never shows more than the microseconds PostgreSQL keeps, so the in-memory
 * and the PostgreSQL adapters read back the same instants without either mirroring the other's precision.
 */
public final class MovableClock extends Clock {
    private final Instant stoppedAt;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MovableClock() {
        this(null);
    }

    private MovableClock(Instant stoppedAt) {
        this.stoppedAt = stoppedAt;
    }

    /** A clock that reads {@code start} until a test advances it. */
    public static MovableClock stoppedAt(Instant start) {
        return new MovableClock(start);
    }

    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        Instant base = stoppedAt != null ? stoppedAt : Instant.ofEpochMilli(System.currentTimeMillis());
        return base.plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("a movable clock is UTC");
    }
}
