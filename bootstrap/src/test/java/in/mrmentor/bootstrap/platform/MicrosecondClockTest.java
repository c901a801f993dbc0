package in.mrmentor.bootstrap.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class MicrosecondClockTest {
    private final MicrosecondClock clock = new MicrosecondClock();

    @Test
    void itNeverShowsMoreThanTheMicrosecondsPostgresKeeps() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(clock.instant().getNano() % 1_000).isZero();
        }
    }

    @Test
    void itTellsMillisecondsAndRealTimeInUtc() {
        long before = System.currentTimeMillis();
        long millis = clock.millis();
        Instant instant = clock.instant();

        assertThat(millis).isBetween(before, System.currentTimeMillis());
        assertThat(instant.toEpochMilli()).isGreaterThanOrEqualTo(millis);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
