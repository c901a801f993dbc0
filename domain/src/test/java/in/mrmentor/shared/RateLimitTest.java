package in.mrmentor.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitTest {
    private static final RateLimit THIRTY = RateLimit.perMinute(30);

    @Test
    void windowsAreAlignedToTheMinuteSoEveryProcessAgrees() {
        assertThat(THIRTY.windowStart(Instant.parse("2026-11-23T10:00:42.500Z"))).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void upToTheLimitIsAdmittedAndTheNextIsRefusedUntilTheWindowEnds() {
        var now = Instant.parse("2026-11-23T10:00:42.500Z");

        assertThat(THIRTY.quota(1, now)).isEqualTo(new RateLimit.Quota(30, 29, 18, true));
        assertThat(THIRTY.quota(30, now)).isEqualTo(new RateLimit.Quota(30, 0, 18, true));
        assertThat(THIRTY.quota(31, now)).isEqualTo(new RateLimit.Quota(30, 0, 18, false));
    }

    @Test
    void theResetIsNeverZero() {
        assertThat(THIRTY.quota(31, Instant.parse("2026-11-23T10:00:59.999Z")).resetSeconds()).isEqualTo(1);
        assertThat(THIRTY.quota(31, Instant.parse("2026-11-23T10:00:00Z")).resetSeconds()).isEqualTo(60);
    }

    @Test
    void aLimitNeedsAtLeastOneRequest() {
        assertThatThrownBy(() -> RateLimit.perMinute(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusalCarriesItsQuotaAndRetryAfter() {
        var refused = new RateLimitedException(THIRTY.quota(31, Instant.parse("2026-11-23T10:00:42Z")));

        assertThat(refused.code()).isEqualTo("RATE_LIMITED");
        assertThat(refused.kind()).isEqualTo(ErrorKind.TOO_MANY_REQUESTS);
        assertThat(refused.retryAfterSeconds()).isEqualTo(18);
    }
}
