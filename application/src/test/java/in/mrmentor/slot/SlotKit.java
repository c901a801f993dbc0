package in.mrmentor.slot;

import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.notification.StoredNotifier;
import in.mrmentor.notification.port.memory.InMemoryNotifications;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.port.RecordingStorage;
import in.mrmentor.slot.port.memory.InMemoryBookingPayments;
import in.mrmentor.slot.port.memory.InMemoryMeetingActionTokens;
import in.mrmentor.slot.port.memory.InMemoryEarlyCompletions;
import in.mrmentor.slot.port.memory.InMemoryMeetingLogs;
import in.mrmentor.slot.port.memory.InMemoryMentorEarnings;
import in.mrmentor.slot.port.memory.InMemoryMentorProfiles;
import in.mrmentor.slot.port.memory.InMemoryParticipants;
import in.mrmentor.slot.port.memory.InMemoryRecordings;
import in.mrmentor.slot.port.memory.InMemorySlotFeedbacks;
import in.mrmentor.slot.port.memory.InMemorySlotRequests;
import in.mrmentor.slot.port.memory.InMemorySlots;
import in.mrmentor.slot.port.memory.InMemoryMentorReputation;
import in.mrmentor.slot.port.memory.InMemoryProfileViews;
import in.mrmentor.testing.MovableClock;
import in.mrmentor.token.MovementKind;
import in.mrmentor.token.PayForBooking;
import in.mrmentor.token.RefundBooking;
import in.mrmentor.token.SystemAccount;
import in.mrmentor.token.Transfer;
import in.mrmentor.token.UserAccount;
import in.mrmentor.token.Wallet;
import in.mrmentor.token.port.memory.InMemoryLedger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every mentorship use case wired by hand over the in-memory adapters, as bootstrap wires them over PostgreSQL. */
final class SlotKit {
    final MovableClock clock = new MovableClock();
    final InMemoryTransactions tx = new InMemoryTransactions();
    final InMemoryLedger ledger = tx.enlist(new InMemoryLedger());
    final InMemoryParticipants participants = new InMemoryParticipants();
    final InMemorySlots slots = tx.enlist(new InMemorySlots());
    final InMemoryMentorProfiles profiles = tx.enlist(new InMemoryMentorProfiles(participants));
    final InMemoryBookingPayments payments = tx.enlist(new InMemoryBookingPayments());
    final InMemorySlotRequests requests = tx.enlist(new InMemorySlotRequests());
    final InMemoryMeetingLogs logs = tx.enlist(new InMemoryMeetingLogs());
    final InMemoryEarlyCompletions earlyCompletions = tx.enlist(new InMemoryEarlyCompletions());
    final InMemorySlotFeedbacks feedbacks = tx.enlist(new InMemorySlotFeedbacks());
    final InMemoryRecordings recordings = tx.enlist(new InMemoryRecordings());
    final InMemoryMentorEarnings earnings = tx.enlist(new InMemoryMentorEarnings());
    final InMemoryMeetingActionTokens actionTokens = tx.enlist(new InMemoryMeetingActionTokens());
    final InMemoryNotifications notifications = tx.enlist(new InMemoryNotifications());
    final InMemoryProfileViews profileViews = tx.enlist(new InMemoryProfileViews());
    final List<OutgoingEmail> mails = new CopyOnWriteArrayList<>();
    final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    final UpdateMentorProfile updateProfile;
    final ListMentors listMentors;
    final OfferSlot offer;
    final BookSlot book;
    final RequestSlot requestSlot;
    final AcceptSlotRequest accept;
    final RequestCancellation requestCancellation;
    final RedeemMeetingAction redeem;
    final CancelSlot cancel;
    final JoinMeeting join;
    final CompleteSlot complete;
    final LeaveMeeting leave;
    final GiveFeedback feedback;
    final UploadRecording upload;
    final ReadRecording read;
    final RequestWithdrawal withdraw;
    final DecideWithdrawal decide;
    final ShowEarnings showEarnings;
    final ShowMentor showMentor;
    final ShowProfileViews showProfileViews;
    final WithdrawSlotRequest withdrawRequest;
    final ListSlotRequests listRequests;

    SlotKit() {
        Ids ids = Ids.random();
        RecordingStorage storage = new RecordingStorage() {
            @Override
            public long store(String key, InputStream content, String contentType) {
                try {
                    byte[] bytes = content.readAllBytes();
                    blobs.put(key, bytes);
                    return bytes.length;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<StoredRecording> open(String key) {
                return Optional.ofNullable(blobs.get(key)).map(bytes ->
                        new StoredRecording(new ByteArrayInputStream(bytes), "video/webm", bytes.length));
            }

            @Override
            public void delete(String key) {
                blobs.remove(key);
            }

            @Override
            public Optional<URI> readUrl(String key, Duration validFor) {
                return Optional.empty();
            }
        };
        updateProfile = new UpdateMentorProfile(profiles, tx);
        listMentors = new ListMentors(profiles);
        offer = new OfferSlot(slots, profiles, tx, clock, ids);
        var slotMails = new SlotMails(mails::add, participants);
        var notices = new SlotNotices(new StoredNotifier(notifications, clock, ids));
        book = new BookSlot(slots, payments, new PayForBooking(ledger, clock), slotMails, notices,
                new MeetingLinks(actionTokens, "https://mrmentor.test/actions/", ids), java.util.OptionalInt.of(1), tx, clock);
        requestSlot = new RequestSlot(requests, profiles, 2, tx, clock, ids);
        accept = new AcceptSlotRequest(requests, slots, profiles, book, notices, tx, clock, ids);
        requestCancellation = new RequestCancellation(slots, notices, tx);
        redeem = new RedeemMeetingAction(actionTokens, requestCancellation, tx, clock);
        cancel = new CancelSlot(slots, payments, new RefundBooking(ledger, clock), slotMails, notices, tx, clock);
        join = new JoinMeeting(slots, logs, new JoinWindow(Duration.ofMinutes(5), false), "https://meet.test/", tx,
                clock, ids);
        leave = new LeaveMeeting(slots, logs, tx, clock, ids);
        complete = new CompleteSlot(slots, profiles, earnings, logs, earlyCompletions, tx, clock, ids);
        feedback = new GiveFeedback(slots, feedbacks, tx, clock, ids);
        upload = new UploadRecording(slots, recordings, storage, tx, clock, ids);
        read = new ReadRecording(slots, recordings, storage);
        withdraw = new RequestWithdrawal(earnings, tx, clock, ids);
        decide = new DecideWithdrawal(earnings, notices, tx, clock);
        showEarnings = new ShowEarnings(earnings);
        showMentor = new ShowMentor(profiles, participants, new InMemoryMentorReputation(slots, feedbacks), profileViews,
                tx, clock, ids);
        showProfileViews = new ShowProfileViews(profileViews, java.time.ZoneId.of("Asia/Kolkata"), clock);
        withdrawRequest = new WithdrawSlotRequest(requests, tx);
        listRequests = new ListSlotRequests(requests);
    }

    UUID mentor(long tokenCost, long earningPaise) {
        UUID mentor = participants.register("Meera Iyer", "EXPERT").id();
        updateProfile.update(mentor, new UpdateMentorProfile.Command("Data engineer", List.of("SQL"), tokenCost,
                earningPaise));
        return mentor;
    }

    UUID student(long promotional, long paid) {
        UUID student = participants.register("Asha Rao", "USER").id();
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
        tx.run(() -> ledger.post(grants, clock.instant()));
        return student;
    }

    Slot slotIn(UUID mentor, Duration fromNow) {
        return offer.offer(mentor, new OfferSlot.Command(
                clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(fromNow), null));
    }
}
