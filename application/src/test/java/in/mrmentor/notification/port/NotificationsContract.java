package in.mrmentor.notification.port;

import in.mrmentor.notification.Notification;
import in.mrmentor.notification.NotificationType;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Notifications} must do. */
public abstract class NotificationsContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected Notifications notifications;

    protected abstract Notifications newNotifications();

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    @BeforeEach
    void fresh() {
        notifications = newNotifications();
    }

    private static Notification unread(UUID user, Instant at) {
        return new Notification(UUID.randomUUID(), user, NotificationType.BOOKING_CONFIRMED, "Booked",
                "Your meeting is confirmed.", "/api/slots/mine", null, at);
    }

    @Test
    void notificationsOfSeveralUsersAddedTogetherReadBackEqualInTheirOwnInboxesOnly() {
        UUID student = aUser();
        UUID mentor = aUser();
        var toStudent = unread(student, NOW);
        var toMentor = new Notification(UUID.randomUUID(), mentor, NotificationType.WITHDRAWAL_PAID, "Paid",
                "Your withdrawal was paid.", null, null, NOW);

        notifications.addAll(List.of(toStudent, toMentor));

        assertThat(notifications.page(student, false, PageRequest.first(10))).containsExactly(toStudent);
        assertThat(notifications.page(mentor, false, PageRequest.first(10))).containsExactly(toMentor);
        assertThat(notifications.countUnread(student)).isEqualTo(1);
        assertThat(notifications.countUnread(aUser())).isZero();
    }

    @Test
    void theInboxIsNewestFirstWithTiesByAscendingIdAndPagesWithoutRepeatsOrGaps() {
        UUID user = aUser();
        List<Notification> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(unread(user, NOW.plus(Duration.ofMinutes(i / 2))));
        }
        notifications.addAll(all);

        List<Notification> walked = new ArrayList<>();
        PageRequest<TimeKey> request = PageRequest.first(3);
        while (true) {
            var page = notifications.page(user, false, request);
            walked.addAll(page.subList(0, Math.min(3, page.size())));
            if (page.size() <= 3) {
                break;
            }
            var last = page.get(2);
            request = new PageRequest<>(new TimeKey(last.createdAt(), last.id()), 3);
        }

        assertThat(walked).containsExactlyElementsOf(all.stream()
                .sorted(java.util.Comparator.comparing((Notification n) -> new TimeKey(n.createdAt(), n.id()),
                        TimeKey.NEWEST_FIRST)).toList());
    }

    @Test
    void readingOneLowersTheUnreadCountKeepsTheFirstReadTimeAndFiltersItOutOfTheUnreadList() {
        UUID user = aUser();
        var first = unread(user, NOW);
        var second = unread(user, NOW.plusSeconds(1));
        notifications.addAll(List.of(first, second));

        assertThat(notifications.markRead(user, first.id(), NOW.plusSeconds(5))).isTrue();
        assertThat(notifications.markRead(user, first.id(), NOW.plusSeconds(9))).isTrue();

        assertThat(notifications.countUnread(user)).isEqualTo(1);
        assertThat(notifications.page(user, true, PageRequest.first(10))).containsExactly(second);
        assertThat(notifications.page(user, false, PageRequest.first(10))).containsExactly(second,
                first.readAt(NOW.plusSeconds(5)));
    }

    @Test
    void nobodyReadsAnotherUsersNotificationNorAnUnknownOne() {
        UUID owner = aUser();
        var mine = unread(owner, NOW);
        notifications.addAll(List.of(mine));

        assertThat(notifications.markRead(aUser(), mine.id(), NOW)).isFalse();
        assertThat(notifications.markRead(owner, UUID.randomUUID(), NOW)).isFalse();
        assertThat(notifications.countUnread(owner)).isEqualTo(1);
    }

    @Test
    void readAllMarksOnlyTheUsersUnreadOnes() {
        UUID user = aUser();
        UUID other = aUser();
        notifications.addAll(List.of(unread(user, NOW), unread(user, NOW.plusSeconds(1)), unread(other, NOW)));
        notifications.markRead(user, notifications.page(user, false, PageRequest.first(1)).get(0).id(), NOW);

        assertThat(notifications.markAllRead(user, NOW.plusSeconds(10))).isEqualTo(1);
        assertThat(notifications.countUnread(user)).isZero();
        assertThat(notifications.countUnread(other)).isEqualTo(1);
        assertThat(notifications.markAllRead(user, NOW.plusSeconds(20))).isZero();
    }

    @Test
    void addingNothingIsAllowed() {
        notifications.addAll(List.of());
        assertThat(notifications.countUnread(aUser())).isZero();
    }

}
