package in.mrmentor.slot.port;

import in.mrmentor.shared.PageWalk;
import in.mrmentor.slot.Actor;
import in.mrmentor.slot.ListBookings;
import in.mrmentor.slot.ListMentorSlots;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.MeetingTime;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.SlotStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Slots} must do. */
public abstract class SlotsContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected Slots slots;
    protected Transactions transactions;

    protected abstract Slots newSlots();

    protected abstract Transactions transactionsFor(Slots slots);

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    @BeforeEach
    void freshSlots() {
        slots = newSlots();
        transactions = transactionsFor(slots);
    }

    private Slot offered(UUID mentor, Instant start) {
        return Slot.offer(UUID.randomUUID(), mentor, MeetingTime.of(start, null), 2, NOW);
    }

    @Test
    void aStoredSlotReadsBackEqual() {
        var slot = offered(aUser(), NOW.plus(Duration.ofHours(1)));

        assertThat(slots.add(slot)).isTrue();

        assertThat(slots.find(slot.id())).contains(slot);
        assertThat(slots.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void liveSlotsOfOneMentorNeverOverlapButACancelledOneFreesItsTime() {
        UUID mentor = aUser();
        var ten = offered(mentor, NOW.plus(Duration.ofHours(1)));
        assertThat(slots.add(ten)).isTrue();

        assertThat(slots.add(offered(mentor, NOW.plus(Duration.ofMinutes(75))))).isFalse();
        assertThat(slots.add(offered(mentor, NOW.plus(Duration.ofMinutes(90))))).as("back to back").isTrue();
        assertThat(slots.add(offered(aUser(), NOW.plus(Duration.ofHours(1))))).as("another mentor").isTrue();

        transactions.run(() -> slots.update(slots.find(ten.id()).orElseThrow().bookedBy(aUser())
                .moveTo(SlotStatus.CANCELLED)));
        assertThat(slots.add(offered(mentor, NOW.plus(Duration.ofMinutes(45))))).isTrue();
    }

    @Test
    void matchingFiltersByStatusMentorStudentAndStartRangeInStartOrder() {
        UUID mentor = aUser();
        UUID student = aUser();
        var late = offered(mentor, NOW.plus(Duration.ofHours(5)));
        var early = offered(mentor, NOW.plus(Duration.ofHours(1)));
        var other = offered(aUser(), NOW.plus(Duration.ofHours(2)));
        List.of(late, early, other).forEach(slots::add);
        transactions.run(() -> slots.claim(early.id(), student, NOW));
        transactions.run(() -> slots.update(slots.find(early.id()).orElseThrow()
                .moveTo(SlotStatus.CANCELLATION_REQUESTED)));

        assertThat(slots.matching(new Slots.Filter(null, null, null, null, null), PageRequest.first(10)))
                .extracting(Slot::id).containsExactly(early.id(), other.id(), late.id());
        assertThat(slots.matching(new Slots.Filter(SlotStatus.CANCELLATION_REQUESTED, null, null, null, null),
                PageRequest.first(10))).extracting(Slot::id).containsExactly(early.id());
        assertThat(slots.matching(new Slots.Filter(null, mentor, null, NOW.plus(Duration.ofHours(2)), null),
                PageRequest.first(10))).extracting(Slot::id).containsExactly(late.id());
        assertThat(slots.matching(new Slots.Filter(null, null, student, null, NOW.plus(Duration.ofHours(1))),
                PageRequest.first(10))).isEmpty();
        assertThat(slots.matching(new Slots.Filter(null, null, student, null, null), PageRequest.first(10)))
                .extracting(Slot::id).containsExactly(early.id());
    }

    @Test
    void freeMeetingsAreCountedWhileHeldButNotPaidOnesNorCancelledOnes() {
        UUID mentor = aUser();
        UUID student = aUser();
        var free = Slot.offer(UUID.randomUUID(), mentor, MeetingTime.of(NOW.plus(Duration.ofHours(1)), null), 0, NOW);
        var freeCancelled = Slot.offer(UUID.randomUUID(), mentor, MeetingTime.of(NOW.plus(Duration.ofHours(2)), null), 0, NOW);
        var paid = offered(mentor, NOW.plus(Duration.ofHours(3)));
        List.of(free, freeCancelled, paid).forEach(slots::add);
        for (var slot : List.of(free, freeCancelled, paid)) {
            transactions.run(() -> slots.claim(slot.id(), student, NOW));
        }
        transactions.run(() -> slots.update(slots.find(freeCancelled.id()).orElseThrow().moveTo(SlotStatus.CANCELLED)));

        assertThat(transactions.inTransaction(() -> slots.lockStudentAndCountFreeMeetings(student))).isEqualTo(1);
        assertThat(transactions.inTransaction(() -> slots.lockStudentAndCountFreeMeetings(aUser()))).isZero();
    }

    @Test
    void aSlotIsClaimedOnceEvenByRacingStudents() throws Exception {
        var slot = offered(aUser(), NOW.plus(Duration.ofHours(1)));
        slots.add(slot);
        List<UUID> students = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            students.add(aUser());
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Slot>>> claims = new ArrayList<>();
        for (UUID student : students) {
            claims.add(pool.submit(() -> {
                go.await();
                return transactions.inTransaction(() -> slots.claim(slot.id(), student, NOW));
            }));
        }
        go.countDown();
        int won = 0;
        for (var claim : claims) {
            won += claim.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        var stored = slots.find(slot.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(SlotStatus.CONFIRMED);
        assertThat(students).contains(stored.studentId());
        assertThat(stored.tokensSpent()).isEqualTo(2);
    }

    @Test
    void aMentorCannotClaimTheirOwnSlotAndAMissingSlotIsNotClaimed() {
        UUID mentor = aUser();
        var slot = offered(mentor, NOW.plus(Duration.ofHours(1)));
        slots.add(slot);

        assertThat(slots.claim(slot.id(), mentor, NOW)).isEmpty();
        assertThat(slots.claim(UUID.randomUUID(), aUser(), NOW)).isEmpty();
    }

    @Test
    void aSlotThatHasStartedCannotBeClaimed() {
        var slot = offered(aUser(), NOW.plus(Duration.ofHours(1)));
        slots.add(slot);

        assertThat(slots.claim(slot.id(), aUser(), NOW.plus(Duration.ofHours(2)))).isEmpty();
        assertThat(slots.find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.TENTATIVE);
    }

    /**
     * The store's claim and {@link Slot#isBookableBy} are one rule: for every status, a start before
     * or after now, with or without a student, and the mentor or another user claiming, the claim
     * succeeds exactly when the domain says the slot is bookable, and books it as the domain would.
     */
    @Test
    void aClaimSucceedsExactlyWhenTheDomainSaysTheSlotIsBookable() {
        int bookable = 0;
        int checked = 0;
        for (SlotStatus status : SlotStatus.values()) {
            for (Duration startsIn : List.of(Duration.ofHours(-2), Duration.ZERO, Duration.ofHours(2))) {
                for (boolean held : heldFor(status)) {
                    for (boolean byMentor : List.of(true, false)) {
                        UUID mentor = aUser();
                        var slot = new Slot(UUID.randomUUID(), mentor, held ? aUser() : null,
                                MeetingTime.of(NOW.plus(startsIn), null), 2, status, false, NOW.minusSeconds(3600));
                        assertThat(slots.add(slot)).isTrue();
                        UUID claimant = byMentor ? mentor : aUser();
                        String which = status + (held ? " held" : " open") + " starting in " + startsIn
                                + (byMentor ? " by its mentor" : " by a student");

                        var claimed = transactions.inTransaction(() -> slots.claim(slot.id(), claimant, NOW));

                        boolean expected = slot.isBookableBy(claimant, NOW);
                        assertThat(claimed.isPresent()).as(which).isEqualTo(expected);
                        assertThat(slots.find(slot.id())).as(which)
                                .contains(expected ? slot.bookedBy(claimant) : slot);
                        bookable += expected ? 1 : 0;
                        checked++;
                    }
                }
            }
        }
        assertThat(bookable).as("only an open TENTATIVE slot in the future, for a student").isEqualTo(1);
        assertThat(checked).isEqualTo(48);
    }

    /** The store holds a student exactly on booked statuses; a cancelled slot may have had one or not. */
    private static List<Boolean> heldFor(SlotStatus status) {
        return switch (status) {
            case TENTATIVE, MEETING_REQUESTED -> List.of(false);
            case CANCELLED -> List.of(false, true);
            case CONFIRMED, UNDER_REVIEW, COMPLETED, CANCELLATION_REQUESTED -> List.of(true);
        };
    }

    @Test
    void cleanupFindsUnbookedStartedSlotsAndLongEndedConfirmedOnes() {
        UUID mentor = aUser();
        var open = offered(mentor, NOW.plus(Duration.ofHours(1)));
        var booked = offered(mentor, NOW.plus(Duration.ofHours(2)));
        slots.add(open);
        slots.add(booked);
        transactions.run(() -> slots.claim(booked.id(), aUser(), NOW));
        Instant later = NOW.plus(Duration.ofDays(3));

        assertThat(slots.unbookedStartedBefore(later)).extracting(Slot::id).containsExactly(open.id());
        assertThat(slots.unbookedStartedBefore(NOW)).isEmpty();
        assertThat(slots.confirmedEndedBefore(later)).extracting(Slot::id).containsExactly(booked.id());
        assertThat(slots.removeUnbooked(booked.id())).isFalse();
        assertThat(slots.removeUnbooked(open.id())).isTrue();
        assertThat(slots.removeUnbooked(open.id())).isFalse();
        assertThat(slots.byMentor(mentor, null, null, null, PageRequest.first(50))).extracting(Slot::id).containsExactly(booked.id());
    }

    @Test
    void aMentorsSlotsAreListedByStartWithinTheFilters() {
        UUID mentor = aUser();
        var first = offered(mentor, NOW.plus(Duration.ofHours(1)));
        var second = offered(mentor, NOW.plus(Duration.ofHours(3)));
        slots.add(second);
        slots.add(first);

        assertThat(slots.byMentor(mentor, null, null, null, PageRequest.first(50))).containsExactly(first, second);
        assertThat(slots.byMentor(mentor, NOW.plus(Duration.ofHours(2)), null, null, PageRequest.first(50))).containsExactly(second);
        assertThat(slots.byMentor(mentor, null, NOW.plus(Duration.ofHours(2)), null, PageRequest.first(50))).containsExactly(first);
        assertThat(slots.byMentor(mentor, null, null, SlotStatus.CONFIRMED, PageRequest.first(50))).isEmpty();
        // A port answers one slot beyond the limit: that one tells the use case another page exists.
        assertThat(slots.byMentor(mentor, null, null, null, PageRequest.first(1))).containsExactly(first, second);
        assertThat(slots.byMentor(mentor, null, null, null,
                new PageRequest<>(new TimeKey(first.time().start(), first.id()), 1))).containsExactly(second);
    }

    @Test
    void pagingThroughAMentorsSlotsAndAStudentsBookingsSeesEverySlotOnceWhileSlotsAreAdded() {
        UUID mentor = aUser();
        UUID student = aUser();
        List<UUID> offered = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var slot = offered(mentor, NOW.plus(Duration.ofHours(2 * i + 1)));
            slots.add(slot);
            slots.claim(slot.id(), student, NOW);
            offered.add(slot.id());
        }
        int[] added = {0};
        Runnable oneMore = () -> {
            var slot = offered(mentor, NOW.plus(Duration.ofHours(100 + 2 * added[0]++)));
            slots.add(slot);
            slots.claim(slot.id(), student, NOW);
        };

        var mentorsList = new ListMentorSlots(slots);
        assertThat(PageWalk.of(cursor -> mentorsList.list(Actor.user(mentor), mentor,
                        new ListMentorSlots.Query(null, null, null, 2, cursor)), oneMore)
                .seenAs(view -> view.slot().id())).containsAll(offered);
        var studentsList = new ListBookings(slots);
        assertThat(PageWalk.of(cursor -> studentsList.forStudent(student, 3, cursor), oneMore).seenAs(Slot::id))
                .containsAll(offered);
    }
}
