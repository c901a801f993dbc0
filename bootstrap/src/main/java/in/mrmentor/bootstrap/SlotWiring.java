package in.mrmentor.bootstrap;

import in.mrmentor.http.Idempotent;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.slot.SlotRouteGroups;
import in.mrmentor.mail.Mailer;
import in.mrmentor.persistence.slot.JdbiMeetingActionTokens;
import in.mrmentor.persistence.slot.JdbiMeetingLogs;
import in.mrmentor.persistence.slot.JdbiMentorEarnings;
import in.mrmentor.persistence.slot.JdbiMentorProfiles;
import in.mrmentor.persistence.slot.JdbiParticipants;
import in.mrmentor.persistence.slot.JdbiRecordings;
import in.mrmentor.persistence.slot.JdbiSlotFeedbacks;
import in.mrmentor.persistence.slot.JdbiSlotRequests;
import in.mrmentor.persistence.slot.JdbiSlots;
import in.mrmentor.persistence.slot.JdbiBookingPayments;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.AcceptSlotRequest;
import in.mrmentor.slot.BookSlot;
import in.mrmentor.slot.CancelSlot;
import in.mrmentor.slot.CleanUpExpiredSlots;
import in.mrmentor.external.meeting.SignedMeetingEvents;
import in.mrmentor.slot.CompleteSlot;
import in.mrmentor.slot.ReceiveMeetingEvent;
import in.mrmentor.slot.DecideWithdrawal;
import in.mrmentor.slot.DeleteRecording;
import in.mrmentor.slot.GiveFeedback;
import in.mrmentor.slot.JoinMeeting;
import in.mrmentor.slot.DeclineSlotRequest;
import in.mrmentor.slot.LeaveMeeting;
import in.mrmentor.slot.ListBookings;
import in.mrmentor.slot.ListMentorSlots;
import in.mrmentor.slot.ListSlotRequests;
import in.mrmentor.slot.ListWithdrawals;
import in.mrmentor.slot.ListMentors;
import in.mrmentor.slot.MeetingLinks;
import in.mrmentor.slot.OfferSlot;
import in.mrmentor.slot.ReadRecording;
import in.mrmentor.slot.RedeemMeetingAction;
import in.mrmentor.slot.RequestCancellation;
import in.mrmentor.slot.RequestSlot;
import in.mrmentor.slot.RequestWithdrawal;
import in.mrmentor.slot.RetractSlot;
import in.mrmentor.slot.ShowEarnings;
import in.mrmentor.slot.SlotMails;
import in.mrmentor.slot.UpdateMentorProfile;
import in.mrmentor.slot.UploadRecording;
import in.mrmentor.slot.port.RecordingStorage;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;

/** Mentorship over PostgreSQL, the token economy (for paying and refunding), mail and the blob store. */
public final class SlotWiring {
    public final ListMentors listMentors;
    public final UpdateMentorProfile updateMentorProfile;
    public final OfferSlot offerSlot;
    public final ListMentorSlots listMentorSlots;
    public final BookSlot bookSlot;
    public final RequestSlot requestSlot;
    public final AcceptSlotRequest acceptSlotRequest;
    public final RequestCancellation requestCancellation;
    public final RedeemMeetingAction redeemMeetingAction;
    public final CancelSlot cancelSlot;
    public final JoinMeeting joinMeeting;
    public final CompleteSlot completeSlot;
    public final ReceiveMeetingEvent receiveMeetingEvent;
    public final GiveFeedback giveFeedback;
    public final UploadRecording uploadRecording;
    public final DeleteRecording deleteRecording;
    public final ReadRecording readRecording;
    public final ShowEarnings showEarnings;
    public final RequestWithdrawal requestWithdrawal;
    public final DecideWithdrawal decideWithdrawal;
    public final CleanUpExpiredSlots cleanUpExpiredSlots;
    public final ListSlotRequests listSlotRequests;
    public final DeclineSlotRequest declineSlotRequest;
    public final ListBookings listBookings;
    public final ListWithdrawals listWithdrawals;
    public final LeaveMeeting leaveMeeting;
    public final RetractSlot retractSlot;
    private final Idempotent idempotent;

    private final long maxRecordingBytes;

    SlotWiring(MentorshipSettings settings, Jdbi jdbi, Transactions tx, Mailer mailer, RecordingStorage storage,
               TokenWiring tokens, Clock clock, Ids ids) {
        var slots = new JdbiSlots(jdbi);
        var profiles = new JdbiMentorProfiles(jdbi);
        var participants = new JdbiParticipants(jdbi);
        var payments = new JdbiBookingPayments(jdbi);
        var requests = new JdbiSlotRequests(jdbi);
        var logs = new JdbiMeetingLogs(jdbi);
        var recordings = new JdbiRecordings(jdbi);
        var earnings = new JdbiMentorEarnings(jdbi, ids);

        listMentors = new ListMentors(profiles);
        updateMentorProfile = new UpdateMentorProfile(profiles, tx);
        offerSlot = new OfferSlot(slots, profiles, tx, clock, ids);
        listMentorSlots = new ListMentorSlots(slots);
        var actionTokens = new JdbiMeetingActionTokens(jdbi);
        var mails = new SlotMails(mailer, participants);
        bookSlot = new BookSlot(slots, payments, tokens.payForBooking, mails,
                new MeetingLinks(actionTokens, settings.actionUrlBase(), ids), tx, clock);
        requestSlot = new RequestSlot(requests, profiles, settings.maxSlotRequests(), tx, clock, ids);
        acceptSlotRequest = new AcceptSlotRequest(requests, slots, profiles, bookSlot, tx, clock, ids);
        requestCancellation = new RequestCancellation(slots, tx);
        redeemMeetingAction = new RedeemMeetingAction(actionTokens, requestCancellation, tx, clock);
        cancelSlot = new CancelSlot(slots, payments, tokens.refundBooking, mails, tx, clock);
        joinMeeting = new JoinMeeting(slots, logs, settings.joinWindow(), settings.meetingUrlBase(), tx, clock, ids);
        completeSlot = new CompleteSlot(slots, profiles, earnings, logs, tx, clock, ids);
        receiveMeetingEvent = new ReceiveMeetingEvent(
                new SignedMeetingEvents(settings.meetingWebhookSecret().map(Secret::value)), slots, completeSlot);
        giveFeedback = new GiveFeedback(slots, new JdbiSlotFeedbacks(jdbi), tx, clock, ids);
        uploadRecording = new UploadRecording(slots, recordings, storage, tx, clock, ids);
        readRecording = new ReadRecording(slots, recordings, storage);
        deleteRecording = new DeleteRecording(slots, recordings, storage, tx);
        showEarnings = new ShowEarnings(earnings);
        requestWithdrawal = new RequestWithdrawal(earnings, tx, clock, ids);
        decideWithdrawal = new DecideWithdrawal(earnings, tx, clock);
        cleanUpExpiredSlots = new CleanUpExpiredSlots(slots, tx, clock);
        listSlotRequests = new ListSlotRequests(requests);
        declineSlotRequest = new DeclineSlotRequest(requests, tx);
        listBookings = new ListBookings(slots);
        listWithdrawals = new ListWithdrawals(earnings);
        leaveMeeting = new LeaveMeeting(slots, logs, tx, clock, ids);
        retractSlot = new RetractSlot(slots, tx);
        idempotent = new Idempotent(tokens.idempotentRequests);
        maxRecordingBytes = settings.maxRecordingBytes();
    }

    public List<RouteGroup> routes() {
        return SlotRouteGroups.of(new SlotRouteGroups.UseCases(listMentors, updateMentorProfile, offerSlot, listMentorSlots,
                bookSlot, requestSlot, acceptSlotRequest, requestCancellation, redeemMeetingAction, cancelSlot, joinMeeting, completeSlot,
                giveFeedback, uploadRecording, readRecording, showEarnings, requestWithdrawal, decideWithdrawal,
                listSlotRequests, declineSlotRequest, listBookings, listWithdrawals, leaveMeeting, retractSlot,
                deleteRecording, idempotent), maxRecordingBytes);
    }
}
