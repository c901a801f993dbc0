package in.mrmentor.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real time plus an offset a test can move forward. Code that waits on real timers (poll loops,
 * leases) keeps working, while a test can jump over an hour-long interval in an instant. It ticks in
 * milliseconds, within the microseconds PostgreSQL keeps, like the production clock: so the in-memory
 * and the PostgreSQL adapters read back the same instants without either mirroring the other's precision.
 */
public final class MovableClock extends Clock {
    private final AtomicLong offsetMillis = new AtomicLong();

    public void advance(Duration by) {
        offsetMillis.addAndGet(by.toMillis());
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(System.currentTimeMillis() + offsetMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a movable clock is UTC");
    }
}
