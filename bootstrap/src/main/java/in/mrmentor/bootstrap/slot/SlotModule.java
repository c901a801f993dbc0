package in.mrmentor.bootstrap.slot;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.token.TokenModule;
import in.mrmentor.config.FeatureFlag;
import in.mrmentor.external.blob.BlobRecordingStorage;
import in.mrmentor.external.meeting.SignedMeetingEvents;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.slot.MeetingEventRoutes;
import in.mrmentor.http.slot.SlotRouteGroups;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.persistence.slot.JdbiMeetingActionTokens;
import in.mrmentor.persistence.slot.JdbiEarlyCompletions;
import in.mrmentor.persistence.slot.JdbiMeetingLogs;
import in.mrmentor.persistence.slot.JdbiMentorEarnings;
import in.mrmentor.persistence.slot.JdbiMentorProfiles;
import in.mrmentor.persistence.slot.JdbiParticipants;
import in.mrmentor.persistence.slot.JdbiRecordings;
import in.mrmentor.persistence.slot.JdbiSlotFeedbacks;
import in.mrmentor.persistence.slot.JdbiSlotRequests;
import in.mrmentor.persistence.slot.JdbiSlots;
import in.mrmentor.persistence.slot.JdbiBookingPayments;
import in.mrmentor.slot.AcceptSlotRequest;
import in.mrmentor.slot.BookSlot;
import in.mrmentor.slot.CancelSlot;
import in.mrmentor.slot.CleanUpExpiredSlots;
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
import in.mrmentor.slot.SlotNotices;
import in.mrmentor.slot.UpdateMentorProfile;
import in.mrmentor.slot.UploadRecording;
import in.mrmentor.slot.ShowMentor;
import in.mrmentor.slot.ShowMentorProfile;
import in.mrmentor.slot.ShowProfileViews;
import in.mrmentor.slot.WithdrawSlotRequest;
import in.mrmentor.slot.ListAllSlots;
import in.mrmentor.persistence.slot.JdbiProfileViews;
import in.mrmentor.persistence.slot.JdbiMentorReputation;
import in.mrmentor.http.slot.MentorshipReadRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Slots over PostgreSQL, the token economy (for paying and refunding), mail and the blob store. */
public final class SlotModule implements ContextModule {
    private static final Logger LOG = LoggerFactory.getLogger(SlotModule.class);

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
    public final ShowMentor showMentor;
    public final ShowMentorProfile showMentorProfile;
    public final ShowProfileViews showProfileViews;
    public final WithdrawSlotRequest withdrawSlotRequest;
    public final ListAllSlots listAllSlots;
    private final Idempotent idempotent;
    private final long maxRecordingBytes;
    private final DemoSeed demoSeed;
    private final boolean seedingAsked;

    /** @param identity only for the demo seed, which creates its users through identity's use cases */
    public SlotModule(Platform platform, TokenModule tokens, IdentityModule identity) {
        var settings = platform.settings().slots();
        var jdbi = platform.jdbi();
        var tx = platform.transactions();
        var clock = platform.clock();
        var ids = platform.ids();
        var mailer = platform.mailer();
        var storage = new BlobRecordingStorage(platform.blobStore());
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
        var notices = new SlotNotices(platform.notifier());
        bookSlot = new BookSlot(slots, payments, tokens.payForBooking, mails, notices,
                new MeetingLinks(actionTokens, settings.actionUrlBase(), ids), settings.maxFreeMeetings(), tx, clock);
        requestSlot = new RequestSlot(requests, profiles, settings.maxSlotRequests(), tx, clock, ids);
        acceptSlotRequest = new AcceptSlotRequest(requests, slots, profiles, bookSlot, notices, tx, clock, ids);
        requestCancellation = new RequestCancellation(slots, notices, tx);
        redeemMeetingAction = new RedeemMeetingAction(actionTokens, requestCancellation, tx, clock);
        cancelSlot = new CancelSlot(slots, payments, tokens.refundBooking, mails, notices, tx, clock);
        joinMeeting = new JoinMeeting(slots, logs, settings.joinWindow(), settings.meetingUrlBase(), tx, clock, ids);
        completeSlot = new CompleteSlot(slots, profiles, earnings, logs, new JdbiEarlyCompletions(jdbi), tx, clock,
                ids);
        receiveMeetingEvent = new ReceiveMeetingEvent(
                new SignedMeetingEvents(settings.meetingWebhookSecret().map(Secret::value)), slots, completeSlot);
        giveFeedback = new GiveFeedback(slots, new JdbiSlotFeedbacks(jdbi), tx, clock, ids);
        uploadRecording = new UploadRecording(slots, recordings, storage, tx, clock, ids);
        readRecording = new ReadRecording(slots, recordings, storage);
        deleteRecording = new DeleteRecording(slots, recordings, storage, tx);
        showEarnings = new ShowEarnings(earnings);
        requestWithdrawal = new RequestWithdrawal(earnings, tx, clock, ids);
        decideWithdrawal = new DecideWithdrawal(earnings, notices, tx, clock);
        cleanUpExpiredSlots = new CleanUpExpiredSlots(slots, tx, clock);
        listSlotRequests = new ListSlotRequests(requests);
        declineSlotRequest = new DeclineSlotRequest(requests, notices, tx);
        listBookings = new ListBookings(slots);
        listWithdrawals = new ListWithdrawals(earnings);
        leaveMeeting = new LeaveMeeting(slots, logs, tx, clock, ids);
        retractSlot = new RetractSlot(slots, tx);
        var profileViews = new JdbiProfileViews(jdbi);
        showMentor = new ShowMentor(profiles, participants, new JdbiMentorReputation(jdbi), profileViews, tx, clock, ids);
        showMentorProfile = new ShowMentorProfile(profiles);
        showProfileViews = new ShowProfileViews(profileViews, platform.settings().platform().businessZone(), clock);
        withdrawSlotRequest = new WithdrawSlotRequest(requests, tx);
        listAllSlots = new ListAllSlots(slots);
        idempotent = new Idempotent(platform.idempotentRequests());
        maxRecordingBytes = settings.maxRecordingBytes();
        demoSeed = new DemoSeed(platform.settings().production(), tx, clock, identity, tokens, this);
        seedingAsked = platform.settings().flags().isOn(FeatureFlag.SEEDING);
    }

    @Override
    public List<RouteGroup> routes() {
        List<RouteGroup> groups = new ArrayList<>(SlotRouteGroups.of(new SlotRouteGroups.UseCases(listMentors,
                updateMentorProfile, offerSlot, listMentorSlots, bookSlot, requestSlot, acceptSlotRequest,
                requestCancellation, redeemMeetingAction, cancelSlot, joinMeeting, completeSlot, giveFeedback,
                uploadRecording, readRecording, showEarnings, requestWithdrawal, decideWithdrawal, listSlotRequests,
                declineSlotRequest, listBookings, listWithdrawals, leaveMeeting, retractSlot, deleteRecording, idempotent),
                maxRecordingBytes));
        groups.add(new MeetingEventRoutes(receiveMeetingEvent));
        groups.add(new MentorshipReadRoutes(showMentor, showMentorProfile, showProfileViews, listSlotRequests,
                withdrawSlotRequest, listAllSlots));
        return groups;
    }

    /** DOMAIN.md's cleanup: unbooked TENTATIVE slots that started are removed, stale CONFIRMED ones go to review. */
    @Override
    public List<Housekeeping> housekeeping() {
        return List.of(Housekeeping.of("slots", () -> {
            var report = cleanUpExpiredSlots.run(false);
            return Map.of("removed", (long) report.removed().size(), "sentToReview", (long) report.sentToReview().size());
        }));
    }

    /** ENABLE_SEEDING=true (default off) seeds the demo data at start; production refuses it. */
    @Override
    public void seed() {
        if (seedingAsked) {
            var report = demoSeed.run();
            LOG.info(report.created() ? "Seeded the demo data ({} logins, see mas seed --demo)"
                    : "Demo data already present ({} logins)", report.logins().size());
        }
    }

    /** {@code mas seed --demo}: the same demo data, asked for by an operator whatever ENABLE_SEEDING says. */
    public DemoSeed demoSeed() {
        return demoSeed;
    }
}
