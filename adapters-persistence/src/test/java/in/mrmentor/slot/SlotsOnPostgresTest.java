package in.mrmentor.slot;

import in.mrmentor.notification.StoredNotifier;
import in.mrmentor.persistence.notification.JdbiNotifications;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.slot.JdbiBookingPayments;
import in.mrmentor.persistence.slot.JdbiMeetingActionTokens;
import in.mrmentor.persistence.slot.JdbiEarlyCompletions;
import in.mrmentor.persistence.slot.JdbiMeetingLogs;
import in.mrmentor.persistence.slot.JdbiMentorEarnings;
import in.mrmentor.persistence.slot.JdbiMentorProfiles;
import in.mrmentor.persistence.slot.JdbiParticipants;
import in.mrmentor.persistence.slot.JdbiSlots;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.persistence.token.JdbiLedger;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.testing.MovableClock;
import in.mrmentor.token.MovementKind;
import in.mrmentor.token.PayForBooking;
import in.mrmentor.token.RefundBooking;
import in.mrmentor.token.SystemAccount;
import in.mrmentor.token.Transfer;
import in.mrmentor.token.UserAccount;
import in.mrmentor.token.Wallet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Slot use cases over the PostgreSQL adapters and the real token ledger, with a movable clock. */
class SlotsOnPostgresTest {
    private Database database;
    private final MovableClock clock = new MovableClock();
    private final List<OutgoingEmail> mails = new CopyOnWriteArrayList<>();
    private JdbiLedger ledger;
    private JdbiSlots slots;
    private OfferSlot offer;
    private BookSlot book;
    private CancelSlot cancel;
    private CompleteSlot complete;
    private CleanUpExpiredSlots cleanup;
    private JdbiMentorEarnings earnings;

    @BeforeEach
    void wire() {
        database = TestPostgres.get().freshDatabase();
        var jdbi = database.jdbi();
        var tx = new JdbiTransactions(jdbi);
        var ids = Ids.random();
        ledger = new JdbiLedger(jdbi, ids);
        slots = new JdbiSlots(jdbi);
        var profiles = new JdbiMentorProfiles(jdbi);
        var payments = new JdbiBookingPayments(jdbi);
        var participants = new JdbiParticipants(jdbi);
        earnings = new JdbiMentorEarnings(jdbi, ids);
        offer = new OfferSlot(slots, profiles, tx, clock, ids);
        var slotMails = new SlotMails(mails::add, participants);
        var notices = new SlotNotices(new StoredNotifier(new JdbiNotifications(jdbi), clock, ids));
        book = new BookSlot(slots, payments, new PayForBooking(ledger, clock), slotMails, notices,
                new MeetingLinks(new JdbiMeetingActionTokens(jdbi), "https://mrmentor.test/actions/", ids), java.util.OptionalInt.of(1), tx, clock);
        cancel = new CancelSlot(slots, payments, new RefundBooking(ledger, clock), slotMails, notices, tx, clock);
        complete = new CompleteSlot(slots, profiles, earnings, new JdbiMeetingLogs(jdbi),
                new JdbiEarlyCompletions(jdbi), tx, clock, ids);
        cleanup = new CleanUpExpiredSlots(slots, tx, clock);
        profilesFor = profiles;
    }

    private JdbiMentorProfiles profilesFor;

    @AfterEach
    void close() {
        database.close();
    }

    private UUID mentor(long earning) {
        UUID mentor = TestUsers.insert(database.jdbi());
        profilesFor.save(new MentorProfile(mentor, "bio", List.of("SQL"), 2, earning));
        return mentor;
    }

    private UUID student(long promotional, long paid) {
        UUID student = TestUsers.insert(database.jdbi());
        ledger.open(student);
        List<Transfer> grants = new ArrayList<>();
        if (promotional > 0) {
            grants.add(new Transfer(SystemAccount.ISSUANCE, new UserAccount(student, Wallet.PROMOTIONAL_TOKEN),
                    promotional, MovementKind.GRANT, "test"));
        }
        if (paid > 0) {
            grants.add(new Transfer(SystemAccount.ISSUANCE, new UserAccount(student, Wallet.TOKEN), paid,
                    MovementKind.GRANT, "test"));
        }
        ledger.post(grants, clock.instant());
        return student;
    }

    private Slot slotIn(UUID mentor, Duration fromNow) {
        return offer.offer(mentor, new OfferSlot.Command(
                clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(fromNow), null));
    }

    @Test
    void bookingPaysPromotionalFirstMailsBothAndACancelRefundsTheSameAccountsOnce() {
        UUID mentor = mentor(10_000);
        UUID student = student(1, 5);
        var slot = slotIn(mentor, Duration.ofHours(2));

        var booked = book.book(student, slot.id());

        assertThat(booked.status()).isEqualTo(SlotStatus.CONFIRMED);
        assertThat(ledger.balances(student).promotionalToken()).isZero();
        assertThat(ledger.balances(student).token()).isEqualTo(4);
        assertThat(mails).hasSize(2);
        assertThatThrownBy(() -> book.book(student(5, 5), slot.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SLOT_NOT_AVAILABLE"));

        cancel.cancel(Actor.administrator(UUID.randomUUID()), slot.id(), "mentor unwell");

        assertThat(ledger.balances(student).promotionalToken()).isEqualTo(1);
        assertThat(ledger.balances(student).token()).isEqualTo(5);
        assertThat(ledger.audit().healthy()).isTrue();
    }

    @Test
    void aStudentWhoCannotPayLeavesTheSlotOpen() {
        var slot = slotIn(mentor(0), Duration.ofHours(2));

        assertThatThrownBy(() -> book.book(student(1, 0), slot.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_TOKENS"));

        assertThat(slots.find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.TENTATIVE);
        assertThat(mails).isEmpty();
    }

    @Test
    void twoConcurrentFreeBookingsOfOneStudentCannotBothPassTheCapOfOne() throws Exception {
        UUID freeMentor = TestUsers.insert(database.jdbi());
        profilesFor.save(new MentorProfile(freeMentor, "bio", List.of("SQL"), 0, 0));
        UUID student = student(0, 0);
        for (int round = 0; round < 5; round++) {
            var first = slotIn(freeMentor, Duration.ofHours(2 + 2 * round));
            var second = slotIn(freeMentor, Duration.ofHours(3 + 2 * round));
            var start = new java.util.concurrent.CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Slot>> results = new ArrayList<>();
            for (var slot : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return book.book(student, slot.id());
                }));
            }
            start.countDown();
            int refused = 0;
            for (var result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(DomainException.class,
                            refusal -> assertThat(refusal.code()).isEqualTo("FREE_MEETING_LIMIT"));
                    refused++;
                }
            }
            pool.shutdown();
            // Round 0: exactly one of the two passes; later rounds: the student already holds one.
            assertThat(refused).isEqualTo(round == 0 ? 1 : 2);
            assertThat(slots.byStudent(student, in.mrmentor.shared.PageRequest.first(50))).hasSize(1);
        }
    }

    @Test
    void racingCompletionsCreditTheMentorOnce() throws Exception {
        UUID mentor = mentor(35_000);
        var slot = slotIn(mentor, Duration.ofHours(2));
        book.book(student(0, 2), slot.id());
        clock.advance(Duration.ofHours(2));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Slot>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> complete.complete(Actor.user(mentor), slot.id())));
        }
        for (var result : results) {
            assertThat(result.get().status()).isEqualTo(SlotStatus.COMPLETED);
        }
        pool.shutdown();

        assertThat(earnings.balance(mentor)).isEqualTo(35_000);
        assertThat(earnings.transactions(mentor, 10)).hasSize(1);
        assertThat(slots.find(slot.id()).orElseThrow().earningsCredited()).isTrue();
    }

    @Test
    void cleanupRemovesStaleOpenSlotsSendsUncompletedMeetingsToReviewAndIsIdempotent() {
        UUID mentor = mentor(0);
        var open = slotIn(mentor, Duration.ofHours(1));
        var booked = slotIn(mentor, Duration.ofHours(2));
        var future = slotIn(mentor, Duration.ofDays(5));
        book.book(student(0, 2), booked.id());
        clock.advance(Duration.ofHours(27));

        var dry = cleanup.run(true);
        assertThat(dry.removed()).extracting(CleanUpExpiredSlots.Change::slotId).containsExactly(open.id());
        assertThat(dry.sentToReview()).extracting(CleanUpExpiredSlots.Change::slotId).containsExactly(booked.id());
        assertThat(slots.find(open.id())).as("a dry run changes nothing").isPresent();

        var report = cleanup.run(false);

        assertThat(report.total()).isEqualTo(2);
        assertThat(slots.find(open.id())).isEmpty();
        assertThat(slots.find(booked.id()).orElseThrow().status()).isEqualTo(SlotStatus.UNDER_REVIEW);
        assertThat(slots.find(future.id()).orElseThrow().status()).isEqualTo(SlotStatus.TENTATIVE);
        assertThat(cleanup.run(false).total()).as("idempotent").isZero();
    }
}
