package in.mrmentor.persistence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    @Test
    void anInstantIsCutToPostgresMicrosecondsBeforeItIsBoundNeverRoundedUp() {
        var bound = Timestamps.utc(Instant.parse("2026-11-23T10:00:00.123456999Z"));

        assertThat(bound.toInstant()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
        assertThat(bound.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(Timestamps.utc(null)).isNull();
    }
}
