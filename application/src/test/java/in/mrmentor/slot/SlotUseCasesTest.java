package in.mrmentor.slot;

import java.util.List;

import in.mrmentor.shared.PageRequest;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.slot.SlotTestData.aMentor;
import static in.mrmentor.slot.SlotTestData.aSlot;
import static in.mrmentor.slot.SlotTestData.aStudent;
import static in.mrmentor.slot.SlotTestData.hours;
import static in.mrmentor.slot.SlotTestData.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mentorship use cases over in-memory adapters: each rule of API.md and DOMAIN.md as a sentence. */
class SlotUseCasesTest {
    private final SlotKit kit = new SlotKit();

    private static void refusedWith(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aBookingSpendsPromotionalTokensFirstAndMailsStudentAndMentor() {
        UUID mentor = aMentor().withTokenCost(3).in(kit);
        UUID student = aStudent().withPromotionalTokens(2).withTokens(5).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(2)).in(kit);

        var booked = kit.book.book(student, slot.id());

        assertThat(booked.status()).isEqualTo(SlotStatus.CONFIRMED);
        assertThat(booked.tokensSpent()).isEqualTo(3);
        assertThat(kit.ledger.balances(student).promotionalToken()).isZero();
        assertThat(kit.ledger.balances(student).token()).isEqualTo(4);
        assertThat(kit.mails).hasSize(2);
        assertThat(kit.mails.get(0).subject()).contains("confirmed");
    }

    @Test
    void theConfirmationMailCarriesAOneTimeCancellationLinkForItsRecipient() {
        UUID mentor = aMentor().in(kit);
        UUID student = aStudent().withTokens(1).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(2)).bookedBy(student).in(kit);
        var studentMail = kit.mails.stream().filter(m -> m.to().startsWith(student.toString())).findFirst().orElseThrow();
        String secret = studentMail.textBody().replaceAll("(?s).*https://mrmentor\\.test/actions/(\\w+).*", "$1");

        refusedWith(() -> kit.redeem.redeem(secret + "x"), RedeemMeetingAction.INVALID);
        var requested = kit.redeem.redeem(secret);

        assertThat(requested.status()).isEqualTo(SlotStatus.CANCELLATION_REQUESTED);
        refusedWith(() -> kit.redeem.redeem(secret), RedeemMeetingAction.INVALID);
    }

    @Test
    void anExpiredActionLinkDoesNothing() {
        var slot = aSlot().startingIn(hours(2)).in(kit);
        UUID student = aStudent().withTokens(1).in(kit);
        kit.book.book(student, slot.id());
        String secret = kit.mails.get(0).textBody().replaceAll("(?s).*https://mrmentor\\.test/actions/(\\w+).*", "$1");
        kit.clock.advance(MeetingActionToken.LIFETIME.plusMinutes(1));

        refusedWith(() -> kit.redeem.redeem(secret), RedeemMeetingAction.INVALID);
        assertThat(kit.slots.find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.CONFIRMED);
    }

    @Test
    void aSecondStudentCannotBookAConfirmedSlotAndIsNotDebited() {
        var slot = aSlot().startingIn(hours(2)).bookedBy(aStudent().withTokens(1).in(kit)).in(kit);
        UUID late = aStudent().withTokens(1).in(kit);

        refusedWith(() -> kit.book.book(late, slot.id()), SlotErrors.SLOT_NOT_AVAILABLE);

        assertThat(kit.ledger.balances(late).token()).isEqualTo(1);
    }

    @Test
    void aStudentWhoCannotPayLeavesTheSlotOpenAndNoMailIsSent() {
        var slot = aSlot().by(aMentor().withTokenCost(2).in(kit)).startingIn(hours(2)).in(kit);

        refusedWith(() -> kit.book.book(aStudent().withPromotionalTokens(1).in(kit), slot.id()), "INSUFFICIENT_TOKENS");

        assertThat(kit.slots.find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.TENTATIVE);
        assertThat(kit.mails).isEmpty();
    }

    @Test
    void aMentorNeedsAProfileAndCannotOverlapTheirOwnLiveSlots() {
        UUID stranger = kit.participants.register("No Profile", "EXPERT").id();
        refusedWith(() -> aSlot().by(stranger).startingIn(hours(1)).in(kit), OfferSlot.PROFILE_REQUIRED);
        UUID mentor = aMentor().in(kit);
        aSlot().by(mentor).startingIn(hours(1)).in(kit);

        refusedWith(() -> aSlot().by(mentor).startingIn(minutes(70)).in(kit), SlotErrors.SLOT_OVERLAP);
        assertThat(kit.listMentors.list(50, null).items()).extracting(m -> m.id()).containsExactly(mentor);
    }

    @Test
    void slotRequestsAreCappedAndAcceptingOneBooksAndChargesTheStudent() {
        UUID mentor = aMentor().in(kit);
        UUID student = aStudent().withPromotionalTokens(1).in(kit);
        var start = kit.clock.instant().plus(Duration.ofDays(1));
        var first = kit.requestSlot.request(student, new RequestSlot.Command(mentor, start, "please"));
        kit.requestSlot.request(student, new RequestSlot.Command(mentor, start.plus(Duration.ofHours(1)), null));

        refusedWith(() -> kit.requestSlot.request(student,
                new RequestSlot.Command(mentor, start.plus(Duration.ofHours(2)), null)), SlotErrors.TOO_MANY_REQUESTS);

        var slot = kit.accept.accept(mentor, first.id());
        assertThat(slot.isStudent(student)).isTrue();
        assertThat(slot.status()).isEqualTo(SlotStatus.CONFIRMED);
        assertThat(kit.ledger.balances(student).promotionalToken()).isZero();
        refusedWith(() -> kit.accept.accept(mentor, first.id()), SlotErrors.INVALID_TRANSITION);
    }

    @Test
    void onlyTheSlotsPeopleMayAskForCancellationAndAnAdminCancelRefundsOnce() {
        UUID mentor = aMentor().withTokenCost(3).in(kit);
        UUID student = aStudent().withPromotionalTokens(1).withTokens(5).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(2)).bookedBy(student).in(kit);

        refusedWith(() -> kit.requestCancellation.request(aStudent().in(kit), slot.id(), "nosy"),
                SlotErrors.NOT_PARTICIPANT);
        kit.requestCancellation.request(student, slot.id(), "exam");
        kit.cancel.cancel(Actor.administrator(UUID.randomUUID()), slot.id(), "approved");

        assertThat(kit.ledger.balances(student).promotionalToken()).isEqualTo(1);
        assertThat(kit.ledger.balances(student).token()).isEqualTo(5);
        refusedWith(() -> kit.cancel.cancel(Actor.administrator(UUID.randomUUID()), slot.id(), "again"),
                SlotErrors.INVALID_TRANSITION);
        assertThat(kit.ledger.balances(student).token()).isEqualTo(5);
    }

    @Test
    void theMeetingOpensABufferBeforeItsStartAndEachJoinIsLogged() {
        UUID mentor = aMentor().in(kit);
        UUID student = aStudent().withTokens(1).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(1)).bookedBy(student).in(kit);

        refusedWith(() -> kit.join.join(student, slot.id()), SlotErrors.JOIN_WINDOW_CLOSED);
        kit.clock.advance(Duration.ofMinutes(57));
        var joined = kit.join.join(student, slot.id());
        kit.join.join(mentor, slot.id());
        kit.leave.leave(student, slot.id());

        assertThat(joined.joinUrl()).isEqualTo("https://meet.test/" + slot.id());
        assertThat(kit.logs.forSlot(slot.id())).extracting(MeetingLog::action)
                .containsExactly(MeetingAction.JOIN, MeetingAction.JOIN, MeetingAction.LEAVE);
        refusedWith(() -> kit.join.join(aStudent().in(kit), slot.id()), SlotErrors.NOT_PARTICIPANT);
        kit.clock.advance(Duration.ofHours(1));
        refusedWith(() -> kit.join.join(student, slot.id()), SlotErrors.JOIN_WINDOW_CLOSED);
    }

    @Test
    void completionCreditsOnceAndFeedbackFollowsItOnce() {
        UUID mentor = aMentor().earningPaise(40_000).in(kit);
        UUID student = aStudent().withTokens(1).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(1)).bookedBy(student).in(kit);
        var rating = new GiveFeedback.Command(4, "Useful", null);

        refusedWith(() -> kit.feedback.give(student, slot.id(), rating), "SLOT_NOT_COMPLETED");
        refusedWith(() -> kit.complete.complete(Actor.user(student), slot.id()), SlotErrors.NOT_PARTICIPANT);
        kit.clock.advance(hours(1));
        kit.complete.complete(Actor.user(mentor), slot.id());
        kit.complete.complete(Actor.administrator(UUID.randomUUID()), slot.id());
        kit.complete.complete(Actor.user(mentor), slot.id());

        assertThat(kit.earnings.balance(mentor)).isEqualTo(40_000);
        assertThat(kit.showEarnings.show(mentor).transactions()).hasSize(1);
        assertThat(kit.logs.forSlot(slot.id())).extracting(MeetingLog::action).containsExactly(MeetingAction.END);
        kit.feedback.give(student, slot.id(), rating);
        refusedWith(() -> kit.feedback.give(student, slot.id(), rating), SlotErrors.FEEDBACK_EXISTS);
    }

    @Test
    void nobodyCompletesAMeetingBeforeItStartsExceptAnAdminWhoSaysWhy() {
        UUID mentor = aMentor().earningPaise(40_000).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(48)).bookedBy(aStudent().withTokens(1).in(kit)).in(kit);
        UUID admin = UUID.randomUUID();

        refusedWith(() -> kit.complete.complete(Actor.user(mentor), slot.id()), SlotErrors.MEETING_NOT_STARTED);
        refusedWith(() -> kit.complete.complete(Actor.user(mentor), slot.id(), Optional.of("we met")),
                SlotErrors.MEETING_NOT_STARTED);
        refusedWith(() -> kit.complete.complete(Actor.administrator(admin), slot.id()), SlotErrors.MEETING_NOT_STARTED);
        refusedWith(() -> kit.complete.complete(Actor.administrator(admin), slot.id(), Optional.of(" ")),
                "VALIDATION_FAILED");
        assertThat(kit.earnings.balance(mentor)).as("nobody was paid").isZero();
        assertThat(kit.slots.find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.CONFIRMED);

        var completed = kit.complete.complete(Actor.administrator(admin), slot.id(), Optional.of("Met earlier by phone"));

        assertThat(completed.status()).isEqualTo(SlotStatus.COMPLETED);
        assertThat(kit.earnings.balance(mentor)).isEqualTo(40_000);
        var early = kit.earlyCompletions.forSlot(slot.id()).orElseThrow();
        assertThat(early.adminId()).isEqualTo(admin);
        assertThat(early.reason()).isEqualTo("Met earlier by phone");
        assertThat(early.at()).isBefore(slot.time().start());
        assertThat(kit.complete.complete(Actor.user(mentor), slot.id()).status()).as("asking again changes nothing")
                .isEqualTo(SlotStatus.COMPLETED);
        assertThat(kit.earnings.balance(mentor)).isEqualTo(40_000);
    }

    @Test
    void fromItsStartTheMentorCompletesAndNoEarlyCompletionIsRecorded() {
        UUID mentor = aMentor().earningPaise(40_000).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(1)).bookedBy(aStudent().withTokens(1).in(kit)).in(kit);

        kit.clock.advance(Duration.between(kit.clock.instant(), slot.time().start()));
        kit.complete.complete(Actor.user(mentor), slot.id());

        assertThat(kit.earnings.balance(mentor)).isEqualTo(40_000);
        assertThat(kit.earlyCompletions.forSlot(slot.id())).isEmpty();
    }

    @Test
    void withdrawalsNeverExceedTheAvailableBalanceAndArePaidOutOnce() {
        UUID mentor = aMentor().earningPaise(10_000).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(1)).bookedBy(aStudent().withTokens(1).in(kit)).in(kit);
        kit.clock.advance(hours(1));
        kit.complete.complete(Actor.user(mentor), slot.id());
        UUID admin = UUID.randomUUID();

        refusedWith(() -> kit.withdraw.request(mentor, 10_001L), SlotErrors.INSUFFICIENT_BALANCE);
        var first = kit.withdraw.request(mentor, 6_000L);
        refusedWith(() -> kit.withdraw.request(mentor, 4_001L), SlotErrors.INSUFFICIENT_BALANCE);
        kit.decide.decide(admin, first.id(), WithdrawalStatus.REJECTED);
        var second = kit.withdraw.request(mentor, 10_000L);
        refusedWith(() -> kit.decide.decide(admin, second.id(), WithdrawalStatus.PAID), SlotErrors.INVALID_TRANSITION);
        kit.decide.decide(admin, second.id(), WithdrawalStatus.APPROVED);
        kit.decide.decide(admin, second.id(), WithdrawalStatus.PAID);

        var shown = kit.showEarnings.show(mentor);
        assertThat(shown.balancePaise()).isZero();
        assertThat(shown.pendingWithdrawalPaise()).isZero();
        refusedWith(() -> kit.decide.decide(admin, second.id(), WithdrawalStatus.PAID), SlotErrors.INVALID_TRANSITION);
    }

    @Test
    void rejectingAnApprovedWithdrawalReturnsItsAmountToTheAvailableBalanceAndAPaidOneStaysPaid() {
        UUID mentor = aMentor().earningPaise(10_000).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(1)).bookedBy(aStudent().withTokens(1).in(kit)).in(kit);
        kit.clock.advance(hours(1));
        kit.complete.complete(Actor.user(mentor), slot.id());
        UUID admin = UUID.randomUUID();
        var approved = kit.decide.decide(admin, kit.withdraw.request(mentor, 10_000L).id(), WithdrawalStatus.APPROVED);
        refusedWith(() -> kit.withdraw.request(mentor, 1L), SlotErrors.INSUFFICIENT_BALANCE);

        kit.decide.decide(admin, approved.id(), WithdrawalStatus.REJECTED);

        assertThat(kit.showEarnings.show(mentor).pendingWithdrawalPaise()).isZero();
        assertThat(kit.earnings.balance(mentor)).as("nothing was debited before PAID").isEqualTo(10_000);
        var again = kit.withdraw.request(mentor, 10_000L);
        refusedWith(() -> kit.decide.decide(admin, approved.id(), WithdrawalStatus.APPROVED), SlotErrors.INVALID_TRANSITION);
        kit.decide.decide(admin, again.id(), WithdrawalStatus.APPROVED);
        kit.decide.decide(admin, again.id(), WithdrawalStatus.PAID);
        refusedWith(() -> kit.decide.decide(admin, again.id(), WithdrawalStatus.REJECTED), SlotErrors.INVALID_TRANSITION);
        assertThat(kit.earnings.balance(mentor)).isZero();
    }

    @Test
    void aRecordingIsStoredAndReadBackByTheSlotsPeopleOnly() throws IOException {
        UUID mentor = aMentor().in(kit);
        UUID student = aStudent().withTokens(1).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(1)).bookedBy(student).in(kit);

        refusedWith(() -> kit.upload.upload(Actor.user(student), slot.id(),
                new ByteArrayInputStream(new byte[1]), "video/webm"), SlotErrors.NOT_PARTICIPANT);
        var recording = kit.upload.upload(Actor.user(mentor), slot.id(),
                new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), "video/webm");

        assertThat(recording.status()).isEqualTo(RecordingStatus.UPLOADED);
        assertThat(recording.sizeBytes()).isEqualTo(3);
        var content = (ReadRecording.Bytes) kit.read.read(Actor.user(student), slot.id(), recording.id());
        assertThat(content.stored().content().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("abc");
        refusedWith(() -> kit.read.read(Actor.user(aStudent().in(kit)), slot.id(), recording.id()),
                SlotErrors.NOT_PARTICIPANT);
        refusedWith(() -> kit.read.read(Actor.user(student), slot.id(), UUID.randomUUID()), "RECORDING_NOT_FOUND");
    }

    @Test
    void aBookingPutsOneUnreadNotificationInTheStudentsAndTheMentorsInbox() {
        UUID mentor = aMentor().in(kit);
        UUID student = aStudent().withTokens(1).in(kit);
        var slot = aSlot().by(mentor).startingIn(hours(2)).bookedBy(student).in(kit);

        for (UUID user : List.of(student, mentor)) {
            var inbox = kit.notifications.page(user, true, PageRequest.first(10));
            assertThat(inbox).singleElement().satisfies(n -> {
                assertThat(n.type()).isEqualTo(in.mrmentor.notification.NotificationType.BOOKING_CONFIRMED);
                assertThat(n.link()).isEqualTo("/slots/" + slot.id());
            });
        }
    }

    @Test
    void aBookingThatFailsToPayTellsNobody() {
        var slot = aSlot().startingIn(hours(2)).in(kit);
        UUID broke = aStudent().in(kit);

        refusedWith(() -> kit.book.book(broke, slot.id()), "INSUFFICIENT_TOKENS");

        assertThat(kit.notifications.countUnread(broke)).isZero();
    }

    @Test
    void aStudentHoldsAtMostTheCappedNumberOfFreeMeetingsAndACancelledOneNoLongerCounts() {
        UUID freeMentor = kit.mentor(0, 0);
        UUID student = aStudent().in(kit);
        var first = kit.slotIn(freeMentor, hours(2));
        var second = kit.slotIn(freeMentor, hours(4));

        kit.book.book(student, first.id());
        refusedWith(() -> kit.book.book(student, second.id()), "FREE_MEETING_LIMIT");
        assertThat(kit.slots.find(second.id()).orElseThrow().status()).isEqualTo(SlotStatus.TENTATIVE);

        kit.cancel.cancel(Actor.administrator(UUID.randomUUID()), first.id(), "mentor unwell");
        assertThat(kit.book.book(student, second.id()).status()).isEqualTo(SlotStatus.CONFIRMED);
    }

    @Test
    void aStudentWithdrawsTheirOwnOpenRequestOnceAndItNoLongerCounts() {
        UUID mentor = aMentor().in(kit);
        UUID student = aStudent().in(kit);
        var request = kit.requestSlot.request(student, new RequestSlot.Command(mentor,
                kit.clock.instant().plus(hours(30)), null));

        refusedWith(() -> kit.withdrawRequest.withdraw(aStudent().in(kit), request.id()), "SLOT_REQUEST_NOT_FOUND");
        assertThat(kit.withdrawRequest.withdraw(student, request.id()).status()).isEqualTo(SlotRequestStatus.WITHDRAWN);
        refusedWith(() -> kit.withdrawRequest.withdraw(student, request.id()), "ALREADY_DECIDED");
        refusedWith(() -> kit.accept.accept(mentor, request.id()), SlotErrors.INVALID_TRANSITION);
        assertThat(kit.listRequests.forStudent(student, null, 10, null).items()).extracting(SlotRequest::status)
                .containsExactly(SlotRequestStatus.WITHDRAWN);
    }

    @Test
    void openingAMentorsPageCountsAViewButNotTheMentorsOwn() {
        UUID mentor = aMentor().in(kit);
        UUID student = aStudent().in(kit);

        var page = kit.showMentor.show(student, mentor);
        kit.showMentor.show(mentor, mentor);
        kit.showMentor.show(student, mentor);

        assertThat(page.bio()).isEqualTo("Data engineer");
        assertThat(page.ratingAverage()).isNull();
        var views = kit.showProfileViews.show(mentor, null, null);
        assertThat(views.total()).isEqualTo(2);
        assertThat(views.uniqueViewers()).isEqualTo(1);
        refusedWith(() -> kit.showMentor.show(student, student), "MENTOR_NOT_FOUND");
    }
}
