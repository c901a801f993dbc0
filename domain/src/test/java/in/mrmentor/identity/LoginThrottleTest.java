package in.mrmentor.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(900));

    private static List<Instant> failuresEveryMinuteFrom(Instant start, int count) {
        return IntStream.range(0, count).mapToObj(i -> start.plusSeconds(60L * i)).toList();
    }

    @Test
    void fewerFailuresThanTheMaximumLeaveTheDoorOpen() {
        assertThat(throttle.judge(failuresEveryMinuteFrom(T0, 4), T0.plusSeconds(300)))
                .isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void theMaximumWithinTheWindowLocksUntilTheOldestCountingFailureAgesOut() {
        var failures = failuresEveryMinuteFrom(T0, 5);
        var now = T0.plusSeconds(300);

        assertThat(throttle.judge(failures, now)).isEqualTo(new LoginThrottle.Locked(600));
    }

    @Test
    void theLockLiftsWhenEnoughFailuresLeaveTheWindow() {
        var failures = failuresEveryMinuteFrom(T0, 5);

        assertThat(throttle.judge(failures, T0.plusSeconds(899))).isEqualTo(new LoginThrottle.Locked(1));
        assertThat(throttle.judge(failures, T0.plusSeconds(900))).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void withMoreFailuresThanTheMaximumTheLockLastsUntilOnlyMaxMinusOneRemain() {
        var failures = failuresEveryMinuteFrom(T0, 7);
        // Failures at 0..6 min; the lock lifts once the one at minute 2 is 900 s old.
        assertThat(throttle.judge(failures, T0.plusSeconds(400))).isEqualTo(new LoginThrottle.Locked(620));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        var old = failuresEveryMinuteFrom(T0.minusSeconds(3600), 10);
        assertThat(throttle.judge(old, T0)).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        var failures = failuresEveryMinuteFrom(T0, 5);
        assertThat(throttle.judge(failures, T0.plusMillis(899_001))).isEqualTo(new LoginThrottle.Locked(1));
        assertThat(throttle.judge(failures, T0.plusMillis(898_500))).isEqualTo(new LoginThrottle.Locked(2));
    }
}
