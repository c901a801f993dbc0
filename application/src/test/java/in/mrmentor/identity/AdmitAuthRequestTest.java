package in.mrmentor.identity;

import in.mrmentor.identity.port.memory.InMemoryRequestCounters;
import in.mrmentor.shared.RateLimit;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AdmitAuthRequestTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:45Z");

    private final InMemoryRequestCounters counters = new InMemoryRequestCounters();

    private AdmitAuthRequest at(Instant now) {
        return new AdmitAuthRequest(counters, RateLimit.perMinute(3), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void anAddressIsAdmittedUpToTheLimitPerMinuteWhateverTheEmailThenRefusedUntilTheMinuteEnds() {
        var admit = at(NOW);
        for (int i = 0; i < 3; i++) {
            assertThat(admit.admit("198.51.100.9").admitted()).isTrue();
        }

        var refused = admit.admit("198.51.100.9");

        assertThat(refused).isEqualTo(new RateLimit.Quota(3, 0, 15, false));
        assertThat(admit.admit("198.51.100.10").admitted()).as("another address").isTrue();
        assertThat(at(NOW.plusSeconds(15)).admit("198.51.100.9").admitted()).as("the next minute").isTrue();
    }
}
