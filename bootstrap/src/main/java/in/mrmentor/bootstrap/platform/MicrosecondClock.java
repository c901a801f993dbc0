package in.mrmentor.bootstrap.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The production clock: UTC, cut to the microseconds PostgreSQL keeps, so what a use case returns equals
 * what a later read finds. Not {@code Clock.tick(systemUTC(), 1µs)}: Java 17's tick clock divides by
 * zero in {@code millis()} for ticks under a millisecond, and the job queues ask for millis.
 */
public final class MicrosecondClock extends Clock {
    private final Clock system = Clock.systemUTC();

    @Override
    public Instant instant() {
        return system.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the production clock is UTC");
    }
}
