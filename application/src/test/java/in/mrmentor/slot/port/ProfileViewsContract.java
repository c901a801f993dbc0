package in.mrmentor.slot.port;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link ProfileViews} must do. */
public abstract class ProfileViewsContract {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    protected ProfileViews views;

    protected abstract ProfileViews newViews();

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    @BeforeEach
    void fresh() {
        views = newViews();
    }

    @Test
    void viewsAreCountedPerBusinessDayWithUniqueViewersAndOnlyInsideTheRangeAndForTheMentor() {
        UUID mentor = aUser();
        UUID asha = aUser();
        UUID ravi = aUser();
        // 18:29Z is 23:59 in Kolkata, 18:31Z already the next day there.
        views.record(UUID.randomUUID(), mentor, asha, Instant.parse("2026-11-23T18:29:00Z"));
        views.record(UUID.randomUUID(), mentor, asha, Instant.parse("2026-11-23T18:31:00Z"));
        views.record(UUID.randomUUID(), mentor, ravi, Instant.parse("2026-11-24T09:00:00Z"));
        views.record(UUID.randomUUID(), mentor, ravi, Instant.parse("2026-12-30T09:00:00Z"));
        views.record(UUID.randomUUID(), aUser(), asha, Instant.parse("2026-11-24T09:00:00Z"));

        var stats = views.stats(mentor, Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"),
                KOLKATA);

        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.uniqueViewers()).isEqualTo(2);
        assertThat(stats.byDay()).containsExactly(new ProfileViews.Day(LocalDate.parse("2026-11-23"), 1),
                new ProfileViews.Day(LocalDate.parse("2026-11-24"), 2));
    }

    @Test
    void aMentorNobodyViewedHasEmptyStats() {
        var stats = views.stats(aUser(), Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), KOLKATA);

        assertThat(stats.total()).isZero();
        assertThat(stats.uniqueViewers()).isZero();
        assertThat(stats.byDay()).isEmpty();
    }
}
